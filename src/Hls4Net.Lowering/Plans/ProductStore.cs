using Hls4Net.Core.Ir;

namespace Hls4Net.Lowering.Plans;

/// <summary>
/// Whether a multiply-accumulate layer (Dense, Conv1D/2D, DepthwiseConv1D/2D) stores each product into accum_t before
/// adding it (issue 11): under <see cref="ArithmeticSemantics.Hls4ml"/> each <c>acc += x * w</c> is
/// <c>acc += (accum_t)(x * w)</c>, the product taking accum_t's quantization and overflow modes; under
/// <see cref="ArithmeticSemantics.Exact"/> the exact product is added. Read from the node's hardware (not cached in a
/// plan, whose key does not cover the hardware), by the emulator kernels and the emitters alike.
/// </summary>
public static class ProductStore
{
    /// <summary>True when <paramref name="node"/>'s products are stored into accum_t before they are summed.</summary>
    public static bool Applies(Node node) => node.Hardware.Semantics == ArithmeticSemantics.Hls4ml;

    /// <summary>The C++ literal of the config field <c>store_products</c> for <paramref name="node"/>.</summary>
    public static string CppFlag(Node node) => Applies(node) ? "true" : "false";
}
