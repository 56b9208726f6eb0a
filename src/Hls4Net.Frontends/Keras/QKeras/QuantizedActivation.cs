using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Frontends.Keras.QKeras;

/// <summary>
/// What a QKeras activation quantizer becomes: an activation op, the type its results are stored in, and the model's
/// exact forward quantization (null where the op alone is exact, e.g. binary/ternary).
/// </summary>
public sealed record QuantizedActivation(ActivationOp Op, FixedType ResultType, ModelQuantizer? Reference);
