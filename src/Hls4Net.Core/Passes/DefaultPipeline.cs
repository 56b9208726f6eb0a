namespace Hls4Net.Core.Passes;

/// <summary>
/// The one ordered list of graph passes. Order rules:
/// 1. Structural clean-up first (fold, drop no-ops) so later passes see the final layer set.
/// 2. Channels-last conversion cancels the importer's Transpose sandwiches, and needs the folded Dense to absorb
///    a Transpose before Flatten into its weight rows.
/// 3. Batch norm fuses into a Dense only after MatMul+Add became that Dense.
/// 4. Linear activations merge before precisions are assigned, so no removed layer keeps a type.
/// 5. A softmax with hls4ml's Skip: true goes before precisions are assigned (its readers take the logits).
/// 6. Precisions come before hardware choices: the reuse-factor check needs the final layers.
/// 7. The remaining hls4ml keys are accounted for (applied or refused with a reason) on the final layers.
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
        new SoftmaxKeysPass(),
        new AssignPrecisionPass(),
        new AssignHardwarePass(),
        new Hls4mlKeysPass(),
    ]);
}
