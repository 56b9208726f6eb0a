using System.Xml;
using System.Xml.Linq;

namespace Hls4Net.Synthesis;

/// <summary>
/// Reads the C synthesis report Vitis HLS writes to <c>&lt;prj&gt;/solution1/syn/report/csynth.xml</c> (root
/// <c>&lt;profile&gt;</c>): UserAssignments (part, target clock), PerformanceEstimates (SummaryOfTimingAnalysis,
/// SummaryOfOverallLatency: best/worst-case latency in cycles and real time, Interval-min/max) and AreaEstimates
/// (Resources and AvailableResources: BRAM_18K, DSP, FF, LUT, URAM). Vitis HLS (2020.2 on) names the DSP count
/// <c>DSP</c> and gives the real-time latency; an older Vivado HLS report (<c>DSP48E</c>, no real-time latency) is
/// refused with an error naming the file, the field and the version.
/// </summary>
public sealed class CsynthXmlParser
{
    /// <summary>Parse the report at <paramref name="path"/>.</summary>
    /// <exception cref="SynthesisException">The file is not a csynth.xml of Vitis HLS, or lacks a field; the message names both.</exception>
    public CsynthFigures Parse(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException e)
        {
            throw new SynthesisException($"{path}: cannot be read: {e.Message}", e);
        }
        return ParseText(text, path);
    }

    /// <summary>Parse report text; <paramref name="file"/> names it in errors.</summary>
    public CsynthFigures ParseText(string text, string file)
    {
        XElement root;
        try
        {
            root = XDocument.Parse(text).Root ?? throw new SynthesisException($"{file}: empty XML document");
        }
        catch (XmlException e)
        {
            throw new SynthesisException($"{file}: not well-formed XML: {e.Message}", e);
        }
        if (root.Name.LocalName != "profile") throw new SynthesisException($"{file}: not a Vitis HLS csynth.xml (root element <{root.Name.LocalName}>, expected <profile>)");
        var version = root.Element("ReportVersion")?.Element("Version")?.Value.Trim();
        var user = Child(root, file, "UserAssignments");
        var perf = Child(root, file, "PerformanceEstimates");
        var timing = Child(perf, file, "PerformanceEstimates/SummaryOfTimingAnalysis");
        var latency = Child(perf, file, "PerformanceEstimates/SummaryOfOverallLatency");
        var area = Child(root, file, "AreaEstimates");
        var used = Child(area, file, "AreaEstimates/Resources");
        var available = Child(area, file, "AreaEstimates/AvailableResources");
        RefuseOldLayout(used, version, file);
        Unit(user, "ns", file, "UserAssignments/unit");
        Unit(timing, "ns", file, "PerformanceEstimates/SummaryOfTimingAnalysis/unit");
        Unit(latency, "clock cycles", file, "PerformanceEstimates/SummaryOfOverallLatency/unit");
        const string lat = "PerformanceEstimates/SummaryOfOverallLatency/";
        return new CsynthFigures
        {
            Version = version,
            Part = user.Element("Part")?.Value.Trim(),
            TopModelName = user.Element("TopModelName")?.Value.Trim(),
            TargetClockNs = ReportNumbers.Double(Text(user, "TargetClockPeriod"), file, "UserAssignments/TargetClockPeriod"),
            EstimatedClockNs = ReportNumbers.Double(Text(timing, "EstimatedClockPeriod"), file, "PerformanceEstimates/SummaryOfTimingAnalysis/EstimatedClockPeriod"),
            LatencyBestCycles = ReportNumbers.Long(Text(latency, "Best-caseLatency"), file, lat + "Best-caseLatency"),
            LatencyWorstCycles = ReportNumbers.Long(Text(latency, "Worst-caseLatency"), file, lat + "Worst-caseLatency"),
            LatencyBestNs = ReportNumbers.Nanoseconds(Text(latency, "Best-caseRealTimeLatency"), file, lat + "Best-caseRealTimeLatency"),
            LatencyWorstNs = ReportNumbers.Nanoseconds(Text(latency, "Worst-caseRealTimeLatency"), file, lat + "Worst-caseRealTimeLatency"),
            IntervalMin = ReportNumbers.Long(Text(latency, "Interval-min"), file, lat + "Interval-min"),
            IntervalMax = ReportNumbers.Long(Text(latency, "Interval-max"), file, lat + "Interval-max"),
            Used = Resources(used, file, "AreaEstimates/Resources/"),
            Available = Resources(available, file, "AreaEstimates/AvailableResources/"),
        };
    }

    private static SynthesisResources Resources(XElement e, string file, string prefix) => new()
    {
        Dsp = ReportNumbers.Long(Text(e, "DSP"), file, prefix + "DSP"),
        Lut = ReportNumbers.Long(Text(e, "LUT"), file, prefix + "LUT"),
        Ff = ReportNumbers.Long(Text(e, "FF"), file, prefix + "FF"),
        Bram18K = ReportNumbers.Long(Text(e, "BRAM_18K"), file, prefix + "BRAM_18K"),
        Uram = e.Element("URAM") is null ? null : ReportNumbers.Long(Text(e, "URAM"), file, prefix + "URAM"), // parts without UltraRAM omit it
    };

    private static void RefuseOldLayout(XElement used, string? version, string file)
    {
        if (used.Element("DSP") is not null || used.Element("DSP48E") is null) return;
        throw new SynthesisException(
            $"{file}: field AreaEstimates/Resources/DSP not found: this is an older Vivado HLS report (version {version ?? "unknown"}, " +
            "with DSP48E and no real-time latency); Hls4Net reads Vitis HLS 2020.2 and later: rebuild the project with vitis_hls");
    }

    private static void Unit(XElement e, string expected, string file, string field)
    {
        var unit = e.Element("unit")?.Value.Trim();
        if (unit is not null && unit != expected) throw new SynthesisException($"{file}: field {field}: '{unit}' is not '{expected}' (a non-English locale, or an unknown report layout)");
    }

    private static XElement Child(XElement parent, string file, string field) =>
        parent.Element(field[(field.LastIndexOf('/') + 1)..]) ?? throw ReportNumbers.Missing(file, field);

    private static string? Text(XElement parent, string name) => parent.Element(name)?.Value;
}
