using Hls4Net.Core.Ir;

namespace Hls4Net.Backends.Vitis.Tests.Kernels;

/// <summary>
/// One single-node graph checked against the C++ kernels: <see cref="Cpp"/> defines <c>namespace cN { void run(const long long*
/// in, long long* out); }</c> that writes <see cref="Variants"/> copies of the output (e.g. Latency then Resource).
/// </summary>
internal sealed record KernelCase(int Id, string Description, Node Node, string Cpp, int Variants)
{
    public int InputSize => Node.Inputs[0].Shape.Size;

    public int OutputSize => Node.Output.Shape.Size;
}
