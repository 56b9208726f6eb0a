namespace Hls4Net.Core.Numerics;

/// <summary>Overflow modes of ap_fixed; numeric values match Vitis's enum.</summary>
public enum OverflowMode
{
    Sat = 0,
    SatZero = 1,
    SatSym = 2,
    Wrap = 3,
    WrapSm = 4,
}
