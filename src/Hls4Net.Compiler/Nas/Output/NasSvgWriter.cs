using System.Globalization;
using System.Xml;
using Hls4Net.Nas.Search;
using Hls4Net.Plots;
using Hls4Net.Sweeps;

namespace Hls4Net.Nas.Output;

/// <summary>
/// <c>pareto.svg</c>: one panel per proxy computed, the proxy's value (higher is better) against the estimated latency
/// in ns (lower is better) of every feasible candidate (a circle, <c>class="point"</c>, <c>data-id</c>, with a tooltip).
/// The points on that panel's Pareto front (<see cref="ParetoFront"/>) also have class <c>front</c>, are joined by a
/// polyline (<c>class="front-line"</c>) and labelled with their ids. Candidates whose proxy is not finite (NASWOT of a
/// singular kernel) are left out and counted in the panel title. Written with <see cref="SvgPlotDocument"/>, numbers in
/// invariant culture: the same report gives the same bytes.
/// </summary>
public sealed class NasSvgWriter
{
    private static readonly PlotLayout Layout = new(PanelWidth: 420, PanelHeight: 360, Left: 70, Right: 14, Top: 40, Bottom: 48);

    public string Write(NasReport report)
    {
        var feasible = report.Candidates.Where(c => c.Status == NasStatus.Feasible && c.LatencyNs is not null).OrderBy(c => c.Index).ToList();
        var width = Layout.PanelWidth * Math.Max(1, report.Proxies.Count);
        return SvgPlotDocument.Write(
            width,
            Layout.PanelHeight + 30,
            $"Hls4Net NAS {report.Space}: proxies vs estimated latency ({feasible.Count} feasible of {report.Considered})",
            "text{font-family:sans-serif;font-size:11px} .label{font-size:8px;fill:#444} .point{fill:#9aa7b8} .point.front{fill:#d62728} "
            + ".front-line{fill:none;stroke:#d62728;stroke-width:1.5} .axis{stroke:#000} .grid{stroke:#ddd}",
            $"{report.Space} on {report.Part} at {report.ClockPeriodNs.ToString(CultureInfo.InvariantCulture)} ns: proxy (higher is better) vs estimated latency; red: feasible Pareto front",
            w =>
            {
                for (var k = 0; k < report.Proxies.Count; k++) WritePanel(w, report.Proxies[k], feasible, k * Layout.PanelWidth, 30);
            });
    }

    private static void WritePanel(XmlWriter w, string proxy, List<NasCandidate> feasible, double x0, double y0)
    {
        var pts = feasible.Where(c => c.Proxies.TryGetValue(proxy, out var v) && double.IsFinite(v))
            .Select(c => (Row: c, X: c.LatencyNs!.Value, Y: c.Proxies[proxy])).ToList();
        var left = feasible.Count - pts.Count;
        var front = ParetoFront.Of(pts.Select(p => (p.Row.Id, p.X, p.Y)).ToList(), higherIsBetter: true);
        var panel = new ScatterPanel(Layout, x0, y0,
            AxisScale.Cover(pts.Select(p => p.X).ToList(), relativeFlatness: true),
            AxisScale.Cover(pts.Select(p => p.Y).ToList(), relativeFlatness: true));

        panel.Begin(w, proxy, $"{proxy} vs latency" + (left > 0 ? $" ({left} not finite, not drawn)" : ""), "latency, ns (estimate)", proxy);
        var line = pts.Where(p => front.Contains(p.Row.Id)).OrderBy(p => p.X).ThenBy(p => p.Row.Index).ToList();
        panel.FrontLine(w, line.Select(p => (p.X, p.Y)).ToList());
        foreach (var p in pts)
        {
            ScatterPanel.Point(w, front.Contains(p.Row.Id), p.Row.Id, panel.X(p.X), panel.Y(p.Y), "2.5", FormattableString.Invariant(
                $"#{p.Row.Rank} {p.Row.Id}: {p.Row.Precision}, RF {p.Row.ReuseFactor}, {p.Row.Strategy}; {proxy} {p.Y:G6}; latency {p.X} ns; DSP {p.Row.Dsp}, LUT {p.Row.Lut}"));
        }
        foreach (var p in line) SvgMarkup.Text(w, panel.X(p.X) + 4, panel.Y(p.Y) - 4, p.Row.Id, "start", "label");
        ScatterPanel.End(w);
    }
}
