using Hls4Net.Core.Ir.Ops;
using Hls4Net.Frontends.Onnx;

namespace Hls4Net.Frontends.Tests.Onnx;

/// <summary>
/// Test-only mapper of a non-default domain: its <c>Relu</c> (an op type the default domain has too) becomes a Tanh
/// activation, so a test can tell which mapper took a node. Records the opset each node was mapped under.
/// </summary>
internal sealed class TestDomainMapper : IOnnxOpMapper
{
    public const string TestDomain = "com.hls4net.test";

    public string Domain => TestDomain;

    public IReadOnlyList<string> OpTypes { get; } = ["Relu"];

    public List<long> Opsets { get; } = new();

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        Opsets.Add(node.Opset);
        context.AddNode(node, new ActivationOp(ActivationKind.Tanh), context.Activation(node, 0));
    }
}
