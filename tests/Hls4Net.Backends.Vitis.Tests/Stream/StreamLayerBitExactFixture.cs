using Hls4Net.Backends.Vitis.Tests.Conv;

namespace Hls4Net.Backends.Vitis.Tests.Stream;

/// <summary>
/// The io_stream counterpart of <see cref="LayerBitExactFixture"/>: random convolution (regular and depthwise),
/// pooling, zero-padding / cropping / transpose / upsampling and concatenate / element-wise merge cases from
/// <see cref="LayerCaseGenerator"/> (seed <see cref="Seed"/>, the whole precision space), compiled once as io_stream
/// code and compared with the emulator bit for bit.
/// </summary>
public sealed class StreamLayerBitExactFixture
{
    /// <summary>The generator's seed (docs/testing.md).</summary>
    public const int Seed = 20261202;

    public StreamLayerBitExactFixture()
    {
        var gen = new LayerCaseGenerator(Seed);
        gen.AddConvolutions(40);
        gen.AddPooling(30);
        gen.AddLayoutAndMerges(55);
        gen.AddConvolutions(30, storeProducts: true); // issue 11, appended so the cases above keep their draws
        Cases = gen.Cases;
        Families = LayerCaseComparer.Compare(gen.Cases, StreamLayerCppDriver.Run(gen.Cases));
    }

    public Dictionary<string, FamilyStats> Families { get; }

    internal IReadOnlyList<LayerCase> Cases { get; }
}
