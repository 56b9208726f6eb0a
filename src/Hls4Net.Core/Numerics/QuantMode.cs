namespace Hls4Net.Core.Numerics;

/// <summary>Quantization (rounding) modes of ap_fixed; numeric values match Vitis's enum.</summary>
public enum QuantMode
{
    Rnd = 0,
    RndZero = 1,
    RndMinInf = 2,
    RndInf = 3,
    RndConv = 4,
    Trn = 5,
    TrnZero = 6,
}
