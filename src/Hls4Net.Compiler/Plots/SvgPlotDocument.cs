using System.Globalization;
using System.Text;
using System.Xml;

namespace Hls4Net.Plots;

/// <summary>
/// The frame of an SVG plot file: the <c>svg</c> root of the given size, its title and style, a heading centred at the
/// top, then whatever <c>panels</c> writes. Written with <see cref="XmlWriter"/> (indented, "\n" line ends, an
/// <c>utf-8</c> declaration, a final newline): the same input gives the same bytes.
/// </summary>
public static class SvgPlotDocument
{
    public static string Write(double width, double height, string title, string style, string heading, Action<XmlWriter> panels)
    {
        var sb = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using (var w = XmlWriter.Create(new StringWriter(sb, CultureInfo.InvariantCulture), settings))
        {
            w.WriteStartElement("svg", SvgMarkup.Ns);
            w.WriteAttributeString("width", SvgMarkup.N(width));
            w.WriteAttributeString("height", SvgMarkup.N(height));
            w.WriteAttributeString("viewBox", $"0 0 {SvgMarkup.N(width)} {SvgMarkup.N(height)}");
            w.WriteElementString("title", SvgMarkup.Ns, title);
            w.WriteElementString("style", SvgMarkup.Ns, style);
            SvgMarkup.Text(w, width / 2, 18, heading, "middle", "heading");
            panels(w);
            w.WriteEndElement();
        }
        return sb.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n";
    }
}
