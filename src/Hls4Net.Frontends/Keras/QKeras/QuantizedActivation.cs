using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Frontends.Keras.QKeras;

/// <summary>What a QKeras activation quantizer becomes: an activation function and the type its results are stored in.</summary>
public sealed record QuantizedActivation(ActivationKind Function, FixedType ResultType);
