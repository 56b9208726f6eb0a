namespace Hls4Net.Plots;

/// <summary>The size of one panel of an SVG plot and the margins around its drawing area (all in SVG user units).</summary>
public sealed record PlotLayout(double PanelWidth, double PanelHeight, double Left, double Right, double Top, double Bottom)
{
    /// <summary>Width of the drawing area inside the margins.</summary>
    public double PlotWidth => PanelWidth - Left - Right;

    /// <summary>Height of the drawing area inside the margins.</summary>
    public double PlotHeight => PanelHeight - Top - Bottom;
}
