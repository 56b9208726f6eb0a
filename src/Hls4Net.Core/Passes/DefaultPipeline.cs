namespace Hls4Net.Core.Passes;

/// <summary>
/// The one ordered list of graph passes. Order rules:
/// 1. Structural clean-up first (fold, drop no-ops) so later passes see the final layer set.
/// 2. Channels-last conversion cancels the importer's Transpose sandwiches, and needs the folded Dense to absorb
///    a Transpose before Flatten into its weight rows.
/// 3. Batch norm fuses into a Dense only after MatMul+Add became that Dense.
/// 4. Linear activations merge before precisions are assigned, so no removed layer keeps a type.
/// 5. Precisions come before hardware choices: the reuse-factor check needs the final layers.
/// </summary>
public static class DefaultPipeline
{
    /// <summary>Build the default pipeline (a fresh, immutable list every call).</summary>
    public static Pipeline Create() => new(
    [
        new FoldMatMulBiasPass(),
        new RemoveIdentityPass(),
        new ChannelsLastPass(),
        new FuseBatchNormPass(),
        new MergeLinearActivationPass(),
        new AssignPrecisionPass(),
        new AssignHardwarePass(),
    ]);
}
