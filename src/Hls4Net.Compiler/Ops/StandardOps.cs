namespace Hls4Net.Ops;

/// <summary>
/// The one registration of Hls4Net's ops: one package per op class (see <see cref="OpPackage"/>), in
/// <c>src/Hls4Net.Compiler/Ops</c>. Adding an op means writing its handlers (one folder per stage) and one package here;
/// the reflection test in Hls4Net.Compiler.Tests fails while an op class lacks a package or a stage.
/// </summary>
public static class StandardOps
{
    /// <summary>A new list with every standard op package.</summary>
    public static OpPackageList Create() => new(
        [
            ActivationPackage.Create(),
            BatchNormPackage.Create(),
            BiasAddPackage.Create(),
            ConcatPackage.Create(),
            Conv1DPackage.Create(),
            Conv2DPackage.Create(),
            DepthwiseConv1DPackage.Create(),
            DepthwiseConv2DPackage.Create(),
            CropPackage.Create(),
            DensePackage.Create(),
            DotPackage.Create(),
            ElementwisePackage.Create(),
            GruPackage.Create(),
            EmbeddingPackage.Create(),
            FlattenPackage.Create(),
            GlobalPoolPackage.Create(),
            IdentityPackage.Create(),
            LayerNormPackage.Create(),
            LstmPackage.Create(),
            MatMulPackage.Create(),
            PReluPackage.Create(),
            Pool1DPackage.Create(),
            Pool2DPackage.Create(),
            ReshapePackage.Create(),
            SimpleRnnPackage.Create(),
            SoftmaxPackage.Create(),
            TransposePackage.Create(),
            TreeEnsemblePackage.Create(),
            UpsamplePackage.Create(),
            ZeroPadPackage.Create(),
        ]);
}
