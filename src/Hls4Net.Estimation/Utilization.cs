namespace Hls4Net.Estimation;

/// <summary>Used resources as a percentage of the device (null when the device is unknown or has none of that resource).</summary>
public sealed record Utilization(double? Dsp, double? Lut, double? Ff, double? Bram18K, double? Uram)
{
    public static Utilization Of(ResourceCost used, Core.Config.FpgaDevice? device) => device is null
        ? new Utilization(null, null, null, null, null)
        : new Utilization(Pct(used.Dsp, device.Dsp), Pct(used.Lut, device.Lut), Pct(used.Ff, device.Ff), Pct(used.Bram18K, device.Bram18K), Pct(used.Uram, device.Uram));

    private static double? Pct(long used, int available) => available > 0 ? Math.Round(100.0 * used / available, 2) : used > 0 ? double.PositiveInfinity : null;
}
