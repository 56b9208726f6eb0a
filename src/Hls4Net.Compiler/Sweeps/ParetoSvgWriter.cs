using System.Globalization;
using System.Text;
using System.Xml;

namespace Hls4Net.Sweeps;

/// <summary>
/// <c>pareto.svg</c>: three panels side by side, the metric against estimated DSP, LUT and latency (ns). Every valid
/// point is a circle (<c>class="point"</c>, <c>data-id</c>) labelled with its id (<c>class="label"</c>; points drawn at
/// the same place share one label listing their ids); the points on
/// that panel's Pareto front also have class <c>front</c> and are joined by a polyline (<c>class="front-line"</c>);
/// synthesized figures (after collect) are squares (<c>class="synth"</c>) at the same accuracy. Written with
/// <see cref="XmlWriter"/>, numbers in invariant culture, points in id order: the same results give the same bytes.
/// </summary>
public sealed class ParetoSvgWriter
{
    private const double PanelWidth = 400, PanelHeight = 340, Left = 62, Right = 14, Top = 40, Bottom = 48;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private sealed record Panel(string Key, string Title, string Axis, Func<SweepResult, double?> Cost, Func<SweepResult, double?> Synth, Func<SweepResult, bool> OnFront);

    public string Write(SweepReport report)
    {
        Panel[] panels =
        [
            new("dsp", "DSP", "DSP (estimate)", r => r.Dsp, r => r.SynthDsp, r => r.ParetoDsp),
            new("lut", "LUT", "LUT (estimate)", r => r.Lut, r => r.SynthLut, r => r.ParetoLut),
            new("latency", "latency", "latency, ns (estimate)", r => r.LatencyNs, r => r.SynthLatencyCycles is { } c && r.LatencyCycles is > 0 && r.LatencyNs is { } ns ? c * ns / r.LatencyCycles.Value : null, r => r.ParetoLatency),
        ];
        var sb = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using (var w = XmlWriter.Create(new StringWriter(sb, Inv), settings))
        {
            const string ns = "http://www.w3.org/2000/svg";
            var width = PanelWidth * panels.Length;
            var height = PanelHeight + 30;
            w.WriteStartElement("svg", ns);
            w.WriteAttributeString("width", N(width));
            w.WriteAttributeString("height", N(height));
            w.WriteAttributeString("viewBox", $"0 0 {N(width)} {N(height)}");
            w.WriteElementString("title", ns, $"Hls4Net sweep: {report.Metric} vs resources and latency ({report.Points.Count} points)");
            w.WriteElementString("style", ns,
                "text{font-family:sans-serif;font-size:11px} .label{font-size:8px;fill:#444} .point{fill:#9aa7b8} .point.front{fill:#d62728} "
                + ".front-line{fill:none;stroke:#d62728;stroke-width:1.5} .synth{fill:none;stroke:#1f77b4} .axis{stroke:#000} .grid{stroke:#ddd}");
            Text(w, ns, width / 2, 18, $"{report.Metric} against float ({(report.Metric == "argmax" ? "higher" : "lower")} is better); red: Pareto front; squares: synthesized", "middle", "heading");
            var valid = report.Points.Where(p => p.Status == "ok" && SweepRunner.Accuracy(p, report.Metric) is not null).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
            for (var k = 0; k < panels.Length; k++) WritePanel(w, ns, panels[k], valid, report.Metric, k * PanelWidth, 30);
            w.WriteEndElement();
        }
        return sb.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n";
    }

    private static void WritePanel(XmlWriter w, string ns, Panel panel, List<SweepResult> points, string metric, double x0, double y0)
    {
        var pts = points.Where(p => panel.Cost(p) is not null).ToList();
        var xs = pts.Select(p => panel.Cost(p)!.Value).Concat(pts.Select(panel.Synth).Where(v => v is not null).Select(v => v!.Value)).ToList();
        var ys = pts.Select(p => SweepRunner.Accuracy(p, metric)!.Value).ToList();
        var (xMin, xMax, xTicks) = Scale(xs);
        var (yMin, yMax, yTicks) = Scale(ys);
        double plotW = PanelWidth - Left - Right, plotH = PanelHeight - Top - Bottom;
        double X(double v) => x0 + Left + (v - xMin) / (xMax - xMin) * plotW;
        double Y(double v) => y0 + Top + plotH - (v - yMin) / (yMax - yMin) * plotH;

        w.WriteStartElement("g", ns);
        w.WriteAttributeString("class", "panel");
        w.WriteAttributeString("id", "panel-" + panel.Key);
        Text(w, ns, x0 + PanelWidth / 2, y0 + Top - 12, $"{metric} vs {panel.Title}", "middle", "panel-title");
        foreach (var t in xTicks)
        {
            Line(w, ns, X(t), y0 + Top, X(t), y0 + Top + plotH, "grid");
            Text(w, ns, X(t), y0 + Top + plotH + 14, Tick(t), "middle", "tick");
        }
        foreach (var t in yTicks)
        {
            Line(w, ns, x0 + Left, Y(t), x0 + Left + plotW, Y(t), "grid");
            Text(w, ns, x0 + Left - 4, Y(t) + 3, Tick(t), "end", "tick");
        }
        Line(w, ns, x0 + Left, y0 + Top + plotH, x0 + Left + plotW, y0 + Top + plotH, "axis");
        Line(w, ns, x0 + Left, y0 + Top, x0 + Left, y0 + Top + plotH, "axis");
        Text(w, ns, x0 + Left + plotW / 2, y0 + Top + plotH + 32, panel.Axis, "middle", "axis-title");
        w.WriteStartElement("text", ns);
        w.WriteAttributeString("class", "axis-title");
        w.WriteAttributeString("text-anchor", "middle");
        w.WriteAttributeString("transform", $"translate({N(x0 + 14)},{N(Y((yMin + yMax) / 2))}) rotate(-90)");
        w.WriteString(metric);
        w.WriteEndElement();

        var front = pts.Where(panel.OnFront).OrderBy(p => panel.Cost(p)).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
        if (front.Count > 0)
        {
            w.WriteStartElement("polyline", ns);
            w.WriteAttributeString("class", "front-line");
            w.WriteAttributeString("points", string.Join(" ", front.Select(p => $"{N(X(panel.Cost(p)!.Value))},{N(Y(SweepRunner.Accuracy(p, metric)!.Value))}")));
            w.WriteEndElement();
        }
        foreach (var p in pts)
        {
            var cx = X(panel.Cost(p)!.Value);
            var cy = Y(SweepRunner.Accuracy(p, metric)!.Value);
            if (panel.Synth(p) is { } s)
            {
                w.WriteStartElement("rect", ns);
                w.WriteAttributeString("class", "synth");
                w.WriteAttributeString("data-id", p.Id);
                w.WriteAttributeString("x", N(X(s) - 3));
                w.WriteAttributeString("y", N(cy - 3));
                w.WriteAttributeString("width", "6");
                w.WriteAttributeString("height", "6");
                w.WriteEndElement();
            }
            w.WriteStartElement("circle", ns);
            w.WriteAttributeString("class", panel.OnFront(p) ? "point front" : "point");
            w.WriteAttributeString("data-id", p.Id);
            w.WriteAttributeString("cx", N(cx));
            w.WriteAttributeString("cy", N(cy));
            w.WriteAttributeString("r", "3");
            w.WriteElementString("title", ns, FormattableString.Invariant($"{p.Id}: {p.Precision}, RF {p.ReuseFactor}, {p.Strategy}: {metric} {SweepRunner.Accuracy(p, metric)}, {panel.Title} {panel.Cost(p)}"));
            w.WriteEndElement();
        }
        // One label per drawn position: points at the same place (e.g. reuse factors the Latency strategy ignores) share it.
        foreach (var group in pts.GroupBy(p => (N(X(panel.Cost(p)!.Value)), N(Y(SweepRunner.Accuracy(p, metric)!.Value)))))
        {
            var first = group.First();
            Text(w, ns, X(panel.Cost(first)!.Value) + 4, Y(SweepRunner.Accuracy(first, metric)!.Value) - 4, string.Join(",", group.Select(p => p.Id)), "start", "label");
        }
        w.WriteEndElement();
    }

    /// <summary>An axis range with round ticks covering <paramref name="values"/> (0..1 when empty).</summary>
    private static (double Min, double Max, List<double> Ticks) Scale(List<double> values)
    {
        double lo = values.Count == 0 ? 0 : values.Min(), hi = values.Count == 0 ? 1 : values.Max();
        if (hi - lo < 1e-12)
        {
            var pad = Math.Abs(lo) > 0 ? Math.Abs(lo) * 0.05 : 1;
            lo -= pad;
            hi += pad;
        }
        var raw = (hi - lo) / 5;
        var mag = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * mag).First(s => s >= raw);
        var min = Math.Floor(lo / step) * step;
        var max = Math.Ceiling(hi / step) * step;
        var ticks = new List<double>();
        for (var t = min; t <= max + step / 2; t += step) ticks.Add(Math.Round(t / step) * step);
        return (min, max, ticks);
    }

    private static void Line(XmlWriter w, string ns, double x1, double y1, double x2, double y2, string cls)
    {
        w.WriteStartElement("line", ns);
        w.WriteAttributeString("class", cls);
        w.WriteAttributeString("x1", N(x1));
        w.WriteAttributeString("y1", N(y1));
        w.WriteAttributeString("x2", N(x2));
        w.WriteAttributeString("y2", N(y2));
        w.WriteEndElement();
    }

    private static void Text(XmlWriter w, string ns, double x, double y, string text, string anchor, string cls)
    {
        w.WriteStartElement("text", ns);
        w.WriteAttributeString("class", cls);
        w.WriteAttributeString("x", N(x));
        w.WriteAttributeString("y", N(y));
        w.WriteAttributeString("text-anchor", anchor);
        w.WriteString(text);
        w.WriteEndElement();
    }

    private static string N(double v) => Math.Round(v, 2).ToString("0.##", Inv);

    private static string Tick(double v) => Math.Abs(v) >= 10000 ? v.ToString("0.#e0", Inv) : v.ToString("0.####", Inv);
}
