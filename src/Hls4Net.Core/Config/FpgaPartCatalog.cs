using System.Text.RegularExpressions;
using Serilog;

namespace Hls4Net.Core.Config;

/// <summary>
/// Known FPGA devices and their short aliases (used by <c>--fpga</c>, the config's <c>Part</c> and for resource
/// estimates). Built in code (<see cref="BuiltInFpgaDevices"/>); pass an instance where it is needed. Any
/// package/speed-grade variant of a known device (e.g. <c>xcvu9p-flga2104-2L-e</c>) maps to that device. A full
/// part name of a device not in the list is passed through with a warning, as Vitis HLS knows more parts than we do.
/// </summary>
public sealed partial class FpgaPartCatalog
{
    private readonly List<FpgaDevice> _devices;
    private readonly KeySuggester _suggester = new();

    public FpgaPartCatalog(IEnumerable<FpgaDevice> devices) => _devices = devices.ToList();

    /// <summary>The built-in device list (<see cref="BuiltInFpgaDevices"/>; counts cited per family there).</summary>
    public FpgaPartCatalog() : this(BuiltInFpgaDevices.Create())
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
    /// True when <paramref name="part"/> has the shape of a full AMD/Xilinx part name: <c>xc</c> (or <c>xa</c>
    /// automotive, <c>xq</c> defense grade), a device name
    /// with digits, then package and speed grade (e.g. <c>xcvu9p-flgb2104-2-e</c>, <c>xc7a35tcsg324-1</c>,
    /// <c>xcvc1902-vsva2197-2MP-e-S</c>, <c>xck26-sfvc784-2LV-c</c>).
    /// </summary>
    public static bool LooksLikeFullPart(string part) => FullPartPattern().IsMatch(part.Trim());

    /// <summary>
    /// The full part name for <paramref name="partOrAlias"/>: an alias expands to its default part, a full part of
    /// a known device is returned as given, and an unknown full part name (<see cref="LooksLikeFullPart"/>) is
    /// returned as given with a warning on <paramref name="log"/>. Anything else is a <see cref="ConfigException"/>
    /// naming <paramref name="where"/> and listing the closest known parts.
    /// </summary>
    public string Resolve(string partOrAlias, string where = "--fpga", ILogger? log = null)
    {
        var p = partOrAlias.Trim();
        var device = Find(p);
        if (device is not null) return string.Equals(device.Alias, p, StringComparison.OrdinalIgnoreCase) ? device.DefaultPart : p;
        if (LooksLikeFullPart(p))
        {
            log?.Warning("{Where:l}: part '{Part:l}' is not in Hls4Net's device list; it is passed to Vitis HLS as given, and resource estimates will not know its size",
                where, p);
            return p;
        }
        throw new ConfigException(
            $"{where}: unknown FPGA part '{p}' (give a known alias or a full part name such as xcvu9p-flgb2104-2-e); closest known parts: {Closest(p)}");
    }

    /// <summary>The three known devices closest to <paramref name="part"/>, as "alias (default part)".</summary>
    public string Closest(string part)
    {
        var key = part.Trim().ToLowerInvariant();
        var head = key.Split('-')[0];
        return string.Join(", ", _devices
            .OrderBy(d => Math.Min(KeySuggester.Distance(head, d.Alias), KeySuggester.Distance(key, d.DefaultPart.ToLowerInvariant())))
            .ThenByDescending(d => CommonPrefix(head, d.Alias))
            .ThenBy(d => d.Alias, StringComparer.Ordinal)
            .Take(3)
            .Select(d => $"{d.Alias} ({d.DefaultPart})"));
    }

    private static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == char.ToLowerInvariant(b[n])) n++;
        return n;
    }

    /// <summary>"xcvu9p (xcvu9p-flgb2104-2-e), ..." for messages.</summary>
    public string KnownList() => string.Join(", ", _devices.Select(d => $"{d.Alias} ({d.DefaultPart})"));

    [GeneratedRegex(@"^x[acq][a-z]*[0-9]+[a-z0-9]*-?[a-z]+[0-9]+-[0-9][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FullPartPattern();
}
