using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Lowering;

/// <summary>
/// What a plan was made from: the node's op instance, its precisions, and the types and shapes of its inputs and
/// output (plus, for plans made for a given input type, that type). A cached plan is reused only while
/// <see cref="Matches"/> holds, so a plan can never outlive a change of op, precision, type or shape.
/// </summary>
internal sealed class PlanKey
{
    private readonly Op _op;
    private readonly LayerPrecision _precision;
    private readonly FixedType? _outputType;
    private readonly Shape _outputShape;
    private readonly FixedType?[] _inputTypes;
    private readonly Shape[] _inputShapes;
    private readonly FixedType? _extra;

    public PlanKey(Node node, FixedType? extra)
    {
        _op = node.Op;
        _precision = node.Precision;
        _outputType = node.Output.Type;
        _outputShape = node.Output.Shape;
        _inputTypes = new FixedType?[node.Inputs.Count];
        _inputShapes = new Shape[node.Inputs.Count];
        for (var i = 0; i < node.Inputs.Count; i++)
        {
            _inputTypes[i] = node.Inputs[i].Type;
            _inputShapes[i] = node.Inputs[i].Shape;
        }
        _extra = extra;
    }

    /// <summary>True when <paramref name="node"/> (with <paramref name="extra"/>) is still what this key was made from.</summary>
    public bool Matches(Node node, FixedType? extra)
    {
        if (!ReferenceEquals(_op, node.Op) || _precision != node.Precision || _outputType != node.Output.Type
            || !_outputShape.Equals(node.Output.Shape) || _extra != extra || _inputTypes.Length != node.Inputs.Count)
        {
            return false;
        }
        for (var i = 0; i < _inputTypes.Length; i++)
        {
            if (_inputTypes[i] != node.Inputs[i].Type || !_inputShapes[i].Equals(node.Inputs[i].Shape)) return false;
        }
        return true;
    }
}
