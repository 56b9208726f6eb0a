using System.Xml;
using Hls4Net.Plots;

namespace Hls4Net.Sweeps;

/// <summary>
/// <c>pareto.svg</c>: three panels side by side, the metric against estimated DSP, LUT and latency (ns). Every valid
/// point is a circle (<c>class="point"</c>, <c>data-id</c>) labelled with its id (<c>class="label"</c>; points drawn at
/// the same place share one label listing their ids); the points on
/// that panel's Pareto front also have class <c>front</c> and are joined by a polyline (<c>class="front-line"</c>);
/// synthesized figures (after collect) are squares (<c>class="synth"</c>) at the same accuracy. Written with
/// <see cref="SvgPlotDocument"/>, numbers in invariant culture, points in id order: the same results give the same bytes.
/// </summary>
public sealed class ParetoSvgWriter
{
    private static readonly PlotLayout Layout = new(PanelWidth: 400, PanelHeight: 340, Left: 62, Right: 14, Top: 40, Bottom: 48);

    private sealed record Panel(string Key, string Title, string Axis, Func<SweepResult, double?> Cost, Func<SweepResult, double?> Synth, Func<SweepResult, bool> OnFront);

    public string Write(SweepReport report)
    {
        Panel[] panels =
        [
            new("dsp", "DSP", "DSP (estimate)", r => r.Dsp, r => r.SynthDsp, r => r.ParetoDsp),
            new("lut", "LUT", "LUT (estimate)", r => r.Lut, r => r.SynthLut, r => r.ParetoLut),
            new("latency", "latency", "latency, ns (estimate)", r => r.LatencyNs, r => r.SynthLatencyCycles is { } c && r.LatencyCycles is > 0 && r.LatencyNs is { } ns ? c * ns / r.LatencyCycles.Value : null, r => r.ParetoLatency),
        ];
        var width = Layout.PanelWidth * panels.Length;
        return SvgPlotDocument.Write(
            width,
            Layout.PanelHeight + 30,
            $"Hls4Net sweep: {report.Metric} vs resources and latency ({report.Points.Count} points)",
            "text{font-family:sans-serif;font-size:11px} .label{font-size:8px;fill:#444} .point{fill:#9aa7b8} .point.front{fill:#d62728} "
            + ".front-line{fill:none;stroke:#d62728;stroke-width:1.5} .synth{fill:none;stroke:#1f77b4} .axis{stroke:#000} .grid{stroke:#ddd}",
            $"{report.Metric} against float ({(report.Metric == "argmax" ? "higher" : "lower")} is better); red: Pareto front; squares: synthesized",
            w =>
            {
                var valid = report.Points.Where(p => p.Status == "ok" && SweepRunner.Accuracy(p, report.Metric) is not null).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
                for (var k = 0; k < panels.Length; k++) WritePanel(w, panels[k], valid, report.Metric, k * Layout.PanelWidth, 30);
            });
    }

    private static void WritePanel(XmlWriter w, Panel panel, List<SweepResult> points, string metric, double x0, double y0)
    {
        var pts = points.Where(p => panel.Cost(p) is not null).ToList();
        var xs = pts.Select(p => panel.Cost(p)!.Value).Concat(pts.Select(panel.Synth).Where(v => v is not null).Select(v => v!.Value)).ToList();
        var ys = pts.Select(p => SweepRunner.Accuracy(p, metric)!.Value).ToList();
        var plot = new ScatterPanel(Layout, x0, y0, AxisScale.Cover(xs, relativeFlatness: false), AxisScale.Cover(ys, relativeFlatness: false));

        plot.Begin(w, panel.Key, $"{metric} vs {panel.Title}", panel.Axis, metric);
        var front = pts.Where(panel.OnFront).OrderBy(p => panel.Cost(p)).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
        plot.FrontLine(w, front.Select(p => (panel.Cost(p)!.Value, SweepRunner.Accuracy(p, metric)!.Value)).ToList());
        foreach (var p in pts)
        {
            var cx = plot.X(panel.Cost(p)!.Value);
            var cy = plot.Y(SweepRunner.Accuracy(p, metric)!.Value);
            if (panel.Synth(p) is { } s)
            {
                w.WriteStartElement("rect", SvgMarkup.Ns);
                w.WriteAttributeString("class", "synth");
                w.WriteAttributeString("data-id", p.Id);
                w.WriteAttributeString("x", SvgMarkup.N(plot.X(s) - 3));
                w.WriteAttributeString("y", SvgMarkup.N(cy - 3));
                w.WriteAttributeString("width", "6");
                w.WriteAttributeString("height", "6");
                w.WriteEndElement();
            }
            ScatterPanel.Point(w, panel.OnFront(p), p.Id, cx, cy, "3",
                FormattableString.Invariant($"{p.Id}: {p.Precision}, RF {p.ReuseFactor}, {p.Strategy}: {metric} {SweepRunner.Accuracy(p, metric)}, {panel.Title} {panel.Cost(p)}"));
        }
        // One label per drawn position: points at the same place (e.g. reuse factors the Latency strategy ignores) share it.
        foreach (var group in pts.GroupBy(p => (SvgMarkup.N(plot.X(panel.Cost(p)!.Value)), SvgMarkup.N(plot.Y(SweepRunner.Accuracy(p, metric)!.Value)))))
        {
            var first = group.First();
            SvgMarkup.Text(w, plot.X(panel.Cost(first)!.Value) + 4, plot.Y(SweepRunner.Accuracy(first, metric)!.Value) - 4, string.Join(",", group.Select(p => p.Id)), "start", "label");
        }
        ScatterPanel.End(w);
    }
}
