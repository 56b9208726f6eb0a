namespace Hls4Net.Tuning;

/// <summary>One row of the reuse tuner's table: a tunable layer, the valid reuse factors, the choice and its estimate.</summary>
public sealed record LayerReuse(
    string Layer,
    string Op,
    int NIn,
    int NOut,
    IReadOnlyList<int> ValidReuseFactors,
    string Strategy,
    int ReuseFactor,
    long Dsp,
    long Lut,
    long Ff,
    long Bram18K,
    long LatencyCycles,
    long Ii);
