using System.Globalization;
using System.Xml;

namespace Hls4Net.Plots;

/// <summary>The SVG elements the plot writers share, numbers written in invariant culture with at most two decimals.</summary>
public static class SvgMarkup
{
    public const string Ns = "http://www.w3.org/2000/svg";

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>A coordinate: rounded to two decimals, no trailing zeros.</summary>
    public static string N(double v) => Math.Round(v, 2).ToString("0.##", Inv);

    /// <summary>A tick label: four decimals at most, exponent form from 10000 on.</summary>
    public static string Tick(double v) => Math.Abs(v) >= 10000 ? v.ToString("0.#e0", Inv) : v.ToString("0.####", Inv);

    public static void Line(XmlWriter w, double x1, double y1, double x2, double y2, string cls)
    {
        w.WriteStartElement("line", Ns);
        w.WriteAttributeString("class", cls);
        w.WriteAttributeString("x1", N(x1));
        w.WriteAttributeString("y1", N(y1));
        w.WriteAttributeString("x2", N(x2));
        w.WriteAttributeString("y2", N(y2));
        w.WriteEndElement();
    }

    public static void Text(XmlWriter w, double x, double y, string text, string anchor, string cls)
    {
        w.WriteStartElement("text", Ns);
        w.WriteAttributeString("class", cls);
        w.WriteAttributeString("x", N(x));
        w.WriteAttributeString("y", N(y));
        w.WriteAttributeString("text-anchor", anchor);
        w.WriteString(text);
        w.WriteEndElement();
    }
}
