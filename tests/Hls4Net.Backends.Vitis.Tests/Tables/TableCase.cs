using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Backends.Vitis.Tests.Tables;

/// <summary>One bit-exactness case: a single-node graph (input -> op) with its types and raw inputs.</summary>
public sealed record TableCase(string Name, Node Node, FixedType InputType, int Rows, long[] Inputs)
{
    public override string ToString() => Name;
}
