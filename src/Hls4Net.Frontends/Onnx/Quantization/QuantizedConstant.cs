using Hls4Net.Core.Numerics;

namespace Hls4Net.Frontends.Onnx.Quantization;

/// <summary>
/// A constant a quantizer folded at import: the exact type of its values (null when none exists, e.g. a scale that is
/// not a power of two) and the quantizer that made it (<see cref="QuantizerSpec.Origin"/>).
/// </summary>
internal sealed record QuantizedConstant(FixedType? Type, string Dialect, string Origin);
