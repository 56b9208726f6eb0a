using Hls4Net.Core.Ir;

namespace Hls4Net.Estimation.Tests.Calibration;

/// <summary>A CSV row the model can rebuild: the report, its rebuilt graph and its estimation context (hls4ml flavor).</summary>
public sealed record CalibrationCase(SynthesisReport Report, Graph Graph, EstimationContext Context);
