namespace Hls4Net.Core.Passes;

/// <summary>
/// The one ordered list of graph passes, in two stages: the <see cref="PassStage.Structural"/> passes depend on the model
/// only and run once after import; the <see cref="PassStage.Configuration"/> passes read the configuration and run on a
/// copy of that graph for every configuration. Every structural pass comes before every configuration pass, so running
/// the two stages one after the other is the same as running <see cref="Create"/>. Order rules:
/// 1. Structural clean-up first (fold, drop no-ops) so later passes see the final layer set.
/// 2. Channels-last conversion cancels the importer's Transpose sandwiches, and needs the folded Dense to absorb
///    a Transpose before Flatten into its weight rows.
/// 3. Whether an ONNX bias Add and a batch norm fold into the Dense before them depends on the layer's semantics and on
///    its result type (<see cref="FusionRule"/>), so these passes open the configuration stage: the bias layer is split
///    off again first, then batch norm fuses into a Dense (only after MatMul+Add became that Dense).
/// 4. Linear activations merge before precisions are assigned, so no removed layer keeps a type.
/// 5. A softmax with hls4ml's Skip: true goes before precisions are assigned (its readers take the logits).
/// 6. Types left <c>auto</c> are inferred right after the precisions are assigned, in graph order.
/// 7. Precisions come before hardware choices: the reuse-factor check needs the final layers.
/// 8. The remaining hls4ml keys are accounted for (applied or refused with a reason) on the final layers.
/// </summary>
public static class DefaultPipeline
{
    /// <summary>Both stages in order (a fresh, immutable list every call).</summary>
    public static Pipeline Create() => new(Ordered().Select(p => p.Pass));

    /// <summary>The passes that depend on the model only.</summary>
    public static Pipeline Structural() => Stage(PassStage.Structural);

    /// <summary>The passes that read the configuration (precisions, hardware, hls4ml keys).</summary>
    public static Pipeline Configuration() => Stage(PassStage.Configuration);

    private static Pipeline Stage(PassStage stage) => new(Ordered().Where(p => p.Stage == stage).Select(p => p.Pass));

    private static IEnumerable<(PassStage Stage, IGraphPass Pass)> Ordered() =>
    [
        (PassStage.Structural, new FoldMatMulBiasPass()),
        (PassStage.Structural, new RemoveIdentityPass()),
        (PassStage.Structural, new ChannelsLastPass()),
        (PassStage.Configuration, new SplitBiasPass()),
        (PassStage.Configuration, new FuseBatchNormPass()),
        (PassStage.Configuration, new MergeLinearActivationPass()),
        (PassStage.Configuration, new SoftmaxKeysPass()),
        (PassStage.Configuration, new AssignPrecisionPass()),
        (PassStage.Configuration, new AutoPrecision.InferAutoPrecisionPass()),
        (PassStage.Configuration, new AssignHardwarePass()),
        (PassStage.Configuration, new Hls4mlKeysPass()),
    ];
}
