using Hls4Net.Core.Config;

namespace Hls4Net.Estimation;

/// <summary>
/// The estimate of a whole design: its layers (io_stream FIFOs included in the layer that writes them), the total
/// resources, the latency in cycles and ns, the initiation interval and the utilization of the part.
/// </summary>
public sealed record DesignEstimate(
    IReadOnlyList<LayerEstimate> Layers,
    ResourceCost Total,
    long LatencyCycles,
    double LatencyNs,
    long Ii,
    string IiReason,
    string Part,
    FpgaDevice? Device,
    Utilization Utilization,
    double ClockPeriodNs);
