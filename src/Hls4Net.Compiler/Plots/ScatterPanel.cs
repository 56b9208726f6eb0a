using System.Xml;

namespace Hls4Net.Plots;

/// <summary>
/// One scatter panel of an SVG plot, its top-left corner at (<paramref name="x0"/>, <paramref name="y0"/>): maps data
/// to coordinates and writes the panel group with its title, grid, ticks, axes and axis titles, the Pareto front line
/// and the points. A caller writes <see cref="Begin"/>, its marks, then <see cref="End"/>.
/// </summary>
public sealed class ScatterPanel(PlotLayout layout, double x0, double y0, AxisScale x, AxisScale y)
{
    /// <summary>The horizontal coordinate of data value <paramref name="v"/>.</summary>
    public double X(double v) => x0 + layout.Left + (v - x.Min) / (x.Max - x.Min) * layout.PlotWidth;

    /// <summary>The vertical coordinate of data value <paramref name="v"/> (higher values drawn higher).</summary>
    public double Y(double v) => y0 + layout.Top + layout.PlotHeight - (v - y.Min) / (y.Max - y.Min) * layout.PlotHeight;

    /// <summary>Opens the panel group (<c>class="panel"</c>, <c>id="panel-{key}"</c>) and draws its frame.</summary>
    public void Begin(XmlWriter w, string key, string title, string xAxisTitle, string yAxisTitle)
    {
        double plotW = layout.PlotWidth, plotH = layout.PlotHeight, left = x0 + layout.Left, top = y0 + layout.Top;
        w.WriteStartElement("g", SvgMarkup.Ns);
        w.WriteAttributeString("class", "panel");
        w.WriteAttributeString("id", "panel-" + key);
        SvgMarkup.Text(w, x0 + layout.PanelWidth / 2, top - 12, title, "middle", "panel-title");
        foreach (var t in x.Ticks)
        {
            SvgMarkup.Line(w, X(t), top, X(t), top + plotH, "grid");
            SvgMarkup.Text(w, X(t), top + plotH + 14, SvgMarkup.Tick(t), "middle", "tick");
        }
        foreach (var t in y.Ticks)
        {
            SvgMarkup.Line(w, left, Y(t), left + plotW, Y(t), "grid");
            SvgMarkup.Text(w, left - 4, Y(t) + 3, SvgMarkup.Tick(t), "end", "tick");
        }
        SvgMarkup.Line(w, left, top + plotH, left + plotW, top + plotH, "axis");
        SvgMarkup.Line(w, left, top, left, top + plotH, "axis");
        SvgMarkup.Text(w, left + plotW / 2, top + plotH + 32, xAxisTitle, "middle", "axis-title");
        w.WriteStartElement("text", SvgMarkup.Ns);
        w.WriteAttributeString("class", "axis-title");
        w.WriteAttributeString("text-anchor", "middle");
        w.WriteAttributeString("transform", $"translate({SvgMarkup.N(x0 + 14)},{SvgMarkup.N(Y((y.Min + y.Max) / 2))}) rotate(-90)");
        w.WriteString(yAxisTitle);
        w.WriteEndElement();
    }

    /// <summary>The polyline (<c>class="front-line"</c>) through data points <paramref name="front"/>, if there are any.</summary>
    public void FrontLine(XmlWriter w, IReadOnlyList<(double X, double Y)> front)
    {
        if (front.Count == 0) return;
        w.WriteStartElement("polyline", SvgMarkup.Ns);
        w.WriteAttributeString("class", "front-line");
        w.WriteAttributeString("points", string.Join(" ", front.Select(p => $"{SvgMarkup.N(X(p.X))},{SvgMarkup.N(Y(p.Y))}")));
        w.WriteEndElement();
    }

    /// <summary>A point: a circle at drawn coordinates (<paramref name="cx"/>, <paramref name="cy"/>) with a tooltip.</summary>
    public static void Point(XmlWriter w, bool onFront, string id, double cx, double cy, string radius, string tooltip)
    {
        w.WriteStartElement("circle", SvgMarkup.Ns);
        w.WriteAttributeString("class", onFront ? "point front" : "point");
        w.WriteAttributeString("data-id", id);
        w.WriteAttributeString("cx", SvgMarkup.N(cx));
        w.WriteAttributeString("cy", SvgMarkup.N(cy));
        w.WriteAttributeString("r", radius);
        w.WriteElementString("title", SvgMarkup.Ns, tooltip);
        w.WriteEndElement();
    }

    /// <summary>Closes the panel group.</summary>
    public static void End(XmlWriter w) => w.WriteEndElement();
}
