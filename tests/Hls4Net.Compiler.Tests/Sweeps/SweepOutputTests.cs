using System.Xml.Linq;
using Hls4Net.Optimization;
using Hls4Net.Sweeps;

namespace Hls4Net.Compiler.Tests.Sweeps;

/// <summary>results.csv, results.json and pareto.svg of a hand-made report: parsed back and checked.</summary>
public sealed class SweepOutputTests
{
    private static SweepResult R(string id, double argmax, long dsp, long lut, double ns, string status = "ok") => new()
    {
        Id = id, Precision = "ap_fixed<16,6>", ReuseFactor = 1, Strategy = "Latency", Status = status,
        Argmax = status == "ok" ? argmax : null, Dsp = status == "ok" ? dsp : null, Lut = status == "ok" ? lut : null,
        LatencyNs = status == "ok" ? ns : null, LatencyCycles = status == "ok" ? (long)(ns / 5) : null,
        Error = status == "ok" ? null : "ReuseFactor 3, \"invalid\"",
    };

    internal static SweepReport Report() => new()
    {
        Model = "m.onnx",
        Metric = "argmax",
        Samples = "x",
        Precisions = ["ap_fixed<16,6>"],
        ReuseFactors = [1],
        Strategies = ["Latency"],
        // DSP front: p1 (10, 0.5), p2 (20, 0.9), p4 (40, 0.99); p3 (30, 0.8) is beaten by p2. LUT: p3 has the fewest (5)
        // at 0.8, p2 (50, 0.9) and p4 (60, 0.99) too; p1 (100, 0.5) is beaten. Latency: p1 (10 ns) .. p4 (40 ns) all on it
        // except p3 (30 ns, 0.8 < p2's 0.9 at 20 ns).
        Points = SweepRunner.MarkFronts([R("p1", 0.5, 10, 100, 10), R("p2", 0.9, 20, 50, 20), R("p3", 0.8, 30, 5, 30), R("p4", 0.99, 40, 60, 40), R("p5", 0, 0, 0, 0, "invalid")], TargetMetric.Argmax),
    };

    [Fact]
    public void TheFrontsAreMarkedPerCost()
    {
        var points = Report().Points.ToDictionary(p => p.Id);
        Assert.Equal([true, true, false, true, false], points.Values.Select(p => p.ParetoDsp));
        Assert.Equal([false, true, true, true, false], points.Values.Select(p => p.ParetoLut));
        Assert.Equal([true, true, false, true, false], points.Values.Select(p => p.ParetoLatency));
    }

    [Fact]
    public void TheSvgHasThreePanelsWithEveryValidPointLabelledAndTheFrontMarked()
    {
        var report = Report();
        var svg = new ParetoSvgWriter().Write(report);
        Assert.Equal(svg, new ParetoSvgWriter().Write(report)); // deterministic
        var doc = XDocument.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", doc.Root!.Name);
        var panels = doc.Root.Elements(ns + "g").ToList();
        Assert.Equal(["panel-dsp", "panel-lut", "panel-latency"], panels.Select(p => (string)p.Attribute("id")!));
        foreach (var (panel, flag) in panels.Zip(new Func<SweepResult, bool>[] { p => p.ParetoDsp, p => p.ParetoLut, p => p.ParetoLatency }))
        {
            var circles = panel.Elements(ns + "circle").ToList();
            Assert.Equal(["p1", "p2", "p3", "p4"], circles.Select(c => (string)c.Attribute("data-id")!)); // the invalid p5 is not drawn
            var front = circles.Where(c => ((string)c.Attribute("class")!).Split(' ').Contains("front")).Select(c => (string)c.Attribute("data-id")!);
            Assert.Equal(report.Points.Where(flag).Select(p => p.Id), front);
            var labels = panel.Elements(ns + "text").Where(t => (string?)t.Attribute("class") == "label").Select(t => t.Value);
            Assert.Equal(["p1", "p2", "p3", "p4"], labels);
            var line = panel.Elements(ns + "polyline").Single(l => (string?)l.Attribute("class") == "front-line");
            Assert.Equal(front.Count(), ((string)line.Attribute("points")!).Split(' ').Length);
            // Every coordinate is inside the panel's drawing.
            Assert.All(circles, c => Assert.InRange(double.Parse((string)c.Attribute("cy")!, System.Globalization.CultureInfo.InvariantCulture), 30, 370));
        }
        // Higher accuracy is drawn higher (smaller y): p4 (0.99) above p1 (0.5).
        var dsp = panels[0].Elements(ns + "circle").ToDictionary(c => (string)c.Attribute("data-id")!, c => double.Parse((string)c.Attribute("cy")!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(dsp["p4"] < dsp["p1"]);
    }

    [Fact]
    public void PointsAtTheSamePlaceShareOneLabel()
    {
        var points = Report().Points.Select(p => p.Id == "p3" ? p with { Dsp = 20, Lut = 50, LatencyNs = 20, Argmax = 0.9 } : p).ToList();
        var svg = XDocument.Parse(new ParetoSvgWriter().Write(Report() with { Points = SweepRunner.MarkFronts(points, TargetMetric.Argmax) }));
        XNamespace ns = "http://www.w3.org/2000/svg";
        var labels = svg.Root!.Elements(ns + "g").First().Elements(ns + "text").Where(t => (string?)t.Attribute("class") == "label").Select(t => t.Value);
        Assert.Equal(["p1", "p2,p3", "p4"], labels); // p3 now has p2's figures
    }

    [Fact]
    public void TheCsvHasOneRowPerPointAndQuotesWhatNeedsIt()
    {
        var lines = SweepCsv.Format(Report().Points).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Length);
        var header = lines[0].Split(',');
        Assert.Equal("id", header[0]);
        Assert.Equal("error", header[^1]);
        Assert.StartsWith("p1,\"ap_fixed<16,6>\",1,Latency,ok,0.5,", lines[1]);
        Assert.EndsWith(",\"ReuseFactor 3, \"\"invalid\"\"\"", lines[5]);
    }

    [Fact]
    public void ResultsJsonRoundTrips()
    {
        var dir = Directory.CreateTempSubdirectory("hls4net-sweep-out-").FullName;
        try
        {
            SweepFolder.WriteResults(dir, Report());
            var back = FileJson.Read<SweepReport>(Path.Combine(dir, SweepFolder.ResultsJson));
            Assert.Equal(Report().Points, back.Points);
            Assert.Equal(["pareto.svg", "results.csv", "results.json"], Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
