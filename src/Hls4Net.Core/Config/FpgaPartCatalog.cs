namespace Hls4Net.Core.Config;

/// <summary>
/// Known FPGA devices and their short aliases (used by <c>--fpga</c> and for resource estimates).
/// Built in code; pass an instance where it is needed. Any package/speed-grade variant of a known device
/// (e.g. <c>xcvu9p-flga2104-2L-e</c>) maps to that device.
/// </summary>
public sealed class FpgaPartCatalog
{
    private readonly List<FpgaDevice> _devices;

    public FpgaPartCatalog(IEnumerable<FpgaDevice> devices) => _devices = devices.ToList();

    /// <summary>The built-in device list. Counts from AMD product tables / HLS reports (BRAM in 18 Kb halves).</summary>
    public FpgaPartCatalog() : this(
    [
        new FpgaDevice("xcvu9p", "xcvu9p-flgb2104-2-e", Lut: 1_182_240, Ff: 2_364_480, Dsp: 6_840, Bram18K: 4_320),
        new FpgaDevice("xcvu13p", "xcvu13p-flga2577-2-e", Lut: 1_728_000, Ff: 3_456_000, Dsp: 12_288, Bram18K: 5_376),
        new FpgaDevice("xcku115", "xcku115-flvb2104-2-i", Lut: 663_360, Ff: 1_326_720, Dsp: 5_520, Bram18K: 4_320),
        new FpgaDevice("xczu9eg", "xczu9eg-ffvb1156-2-e", Lut: 274_080, Ff: 548_160, Dsp: 2_520, Bram18K: 1_824),
        new FpgaDevice("xc7z020", "xc7z020clg400-1", Lut: 53_200, Ff: 106_400, Dsp: 220, Bram18K: 280),
        // Alveo cards: whole-die counts of the underlying VU13P / VU35P; the platform shell takes a share.
        new FpgaDevice("xcu250", "xcu250-figd2104-2L-e", Lut: 1_728_000, Ff: 3_456_000, Dsp: 12_288, Bram18K: 5_376, Approximate: true),
        new FpgaDevice("xcu50", "xcu50-fsvh2104-2-e", Lut: 872_000, Ff: 1_743_000, Dsp: 5_952, Bram18K: 2_688, Approximate: true),
    ])
    {
    }

    public IReadOnlyList<FpgaDevice> Devices => _devices;

    /// <summary>The device for an alias or a full part name (case-insensitive), or null when unknown.</summary>
    public FpgaDevice? Find(string partOrAlias)
    {
        var p = partOrAlias.Trim();
        var exact = _devices.FirstOrDefault(d => string.Equals(d.Alias, p, StringComparison.OrdinalIgnoreCase)
            || string.Equals(d.DefaultPart, p, StringComparison.OrdinalIgnoreCase));
        if (exact is not null) return exact;
        // xc7z020clg400-1 has no dash after the device name; other parts do. Longest alias wins (xcvu13p before xcvu1...).
        return _devices.Where(d => p.StartsWith(d.Alias, StringComparison.OrdinalIgnoreCase)
                && (p.Length == d.Alias.Length || !char.IsDigit(p[d.Alias.Length])))
            .OrderByDescending(d => d.Alias.Length)
            .FirstOrDefault();
    }

    /// <summary>
    /// The full part name for <paramref name="partOrAlias"/>: an alias expands to its default part, a full
    /// part of a known device is returned as given. Unknown -> <see cref="ConfigException"/> listing the known parts.
    /// </summary>
    public string Resolve(string partOrAlias, string where = "--fpga")
    {
        var device = Find(partOrAlias)
            ?? throw new ConfigException($"{where}: unknown FPGA part '{partOrAlias}'; known parts: {KnownList()}");
        return string.Equals(device.Alias, partOrAlias.Trim(), StringComparison.OrdinalIgnoreCase) ? device.DefaultPart : partOrAlias.Trim();
    }

    /// <summary>"xcvu9p (xcvu9p-flgb2104-2-e), ..." for messages.</summary>
    public string KnownList() => string.Join(", ", _devices.Select(d => $"{d.Alias} ({d.DefaultPart})"));
}
