using System.Globalization;
using System.Text;
using System.Xml;
using Hls4Net.Nas.Search;
using Hls4Net.Sweeps;

namespace Hls4Net.Nas.Output;

/// <summary>
/// <c>pareto.svg</c>: one panel per proxy computed, the proxy's value (higher is better) against the estimated latency
/// in ns (lower is better) of every feasible candidate (a circle, <c>class="point"</c>, <c>data-id</c>, with a tooltip).
/// The points on that panel's Pareto front (<see cref="ParetoFront"/>) also have class <c>front</c>, are joined by a
/// polyline (<c>class="front-line"</c>) and labelled with their ids. Candidates whose proxy is not finite (NASWOT of a
/// singular kernel) are left out and counted in the panel title. Written with <see cref="XmlWriter"/>, numbers in
/// invariant culture: the same report gives the same bytes.
/// </summary>
public sealed class NasSvgWriter
{
    private const double PanelWidth = 420, PanelHeight = 360, Left = 70, Right = 14, Top = 40, Bottom = 48;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public string Write(NasReport report)
    {
        var feasible = report.Candidates.Where(c => c.Status == NasStatus.Feasible && c.LatencyNs is not null).OrderBy(c => c.Index).ToList();
        var sb = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using (var w = XmlWriter.Create(new StringWriter(sb, Inv), settings))
        {
            const string ns = "http://www.w3.org/2000/svg";
            var width = PanelWidth * Math.Max(1, report.Proxies.Count);
            var height = PanelHeight + 30;
            w.WriteStartElement("svg", ns);
            w.WriteAttributeString("width", N(width));
            w.WriteAttributeString("height", N(height));
            w.WriteAttributeString("viewBox", $"0 0 {N(width)} {N(height)}");
            w.WriteElementString("title", ns, $"Hls4Net NAS {report.Space}: proxies vs estimated latency ({feasible.Count} feasible of {report.Considered})");
            w.WriteElementString("style", ns,
                "text{font-family:sans-serif;font-size:11px} .label{font-size:8px;fill:#444} .point{fill:#9aa7b8} .point.front{fill:#d62728} "
                + ".front-line{fill:none;stroke:#d62728;stroke-width:1.5} .axis{stroke:#000} .grid{stroke:#ddd}");
            Text(w, ns, width / 2, 18, $"{report.Space} on {report.Part} at {report.ClockPeriodNs.ToString(Inv)} ns: proxy (higher is better) vs estimated latency; red: feasible Pareto front", "middle", "heading");
            for (var k = 0; k < report.Proxies.Count; k++) WritePanel(w, ns, report.Proxies[k], feasible, k * PanelWidth, 30);
            w.WriteEndElement();
        }
        return sb.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n";
    }

    private static void WritePanel(XmlWriter w, string ns, string proxy, List<NasCandidate> feasible, double x0, double y0)
    {
        var pts = feasible.Where(c => c.Proxies.TryGetValue(proxy, out var v) && double.IsFinite(v))
            .Select(c => (Row: c, X: c.LatencyNs!.Value, Y: c.Proxies[proxy])).ToList();
        var left = feasible.Count - pts.Count;
        var front = ParetoFront.Of(pts.Select(p => (p.Row.Id, p.X, p.Y)).ToList(), higherIsBetter: true);
        var (xMin, xMax, xTicks) = Scale(pts.Select(p => p.X).ToList());
        var (yMin, yMax, yTicks) = Scale(pts.Select(p => p.Y).ToList());
        double plotW = PanelWidth - Left - Right, plotH = PanelHeight - Top - Bottom;
        double X(double v) => x0 + Left + (v - xMin) / (xMax - xMin) * plotW;
        double Y(double v) => y0 + Top + plotH - (v - yMin) / (yMax - yMin) * plotH;

        w.WriteStartElement("g", ns);
        w.WriteAttributeString("class", "panel");
        w.WriteAttributeString("id", "panel-" + proxy);
        Text(w, ns, x0 + PanelWidth / 2, y0 + Top - 12, $"{proxy} vs latency" + (left > 0 ? $" ({left} not finite, not drawn)" : ""), "middle", "panel-title");
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
        Text(w, ns, x0 + Left + plotW / 2, y0 + Top + plotH + 32, "latency, ns (estimate)", "middle", "axis-title");
        w.WriteStartElement("text", ns);
        w.WriteAttributeString("class", "axis-title");
        w.WriteAttributeString("text-anchor", "middle");
        w.WriteAttributeString("transform", $"translate({N(x0 + 14)},{N(Y((yMin + yMax) / 2))}) rotate(-90)");
        w.WriteString(proxy);
        w.WriteEndElement();

        var line = pts.Where(p => front.Contains(p.Row.Id)).OrderBy(p => p.X).ThenBy(p => p.Row.Index).ToList();
        if (line.Count > 0)
        {
            w.WriteStartElement("polyline", ns);
            w.WriteAttributeString("class", "front-line");
            w.WriteAttributeString("points", string.Join(" ", line.Select(p => $"{N(X(p.X))},{N(Y(p.Y))}")));
            w.WriteEndElement();
        }
        foreach (var p in pts)
        {
            w.WriteStartElement("circle", ns);
            w.WriteAttributeString("class", front.Contains(p.Row.Id) ? "point front" : "point");
            w.WriteAttributeString("data-id", p.Row.Id);
            w.WriteAttributeString("cx", N(X(p.X)));
            w.WriteAttributeString("cy", N(Y(p.Y)));
            w.WriteAttributeString("r", "2.5");
            w.WriteElementString("title", ns, FormattableString.Invariant(
                $"#{p.Row.Rank} {p.Row.Id}: {p.Row.Precision}, RF {p.Row.ReuseFactor}, {p.Row.Strategy}; {proxy} {p.Y:G6}; latency {p.X} ns; DSP {p.Row.Dsp}, LUT {p.Row.Lut}"));
            w.WriteEndElement();
        }
        foreach (var p in line) Text(w, ns, X(p.X) + 4, Y(p.Y) - 4, p.Row.Id, "start", "label");
        w.WriteEndElement();
    }

    /// <summary>An axis range with round ticks covering <paramref name="values"/> (0..1 when empty).</summary>
    private static (double Min, double Max, List<double> Ticks) Scale(List<double> values)
    {
        double lo = values.Count == 0 ? 0 : values.Min(), hi = values.Count == 0 ? 1 : values.Max();
        if (hi - lo < 1e-12 * Math.Max(1, Math.Abs(hi)))
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
