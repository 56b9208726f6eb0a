using Hls4Net.Core.Handlers;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Ops;
using static Hls4Net.Emulation.Tests.Core.TestNodes;

namespace Hls4Net.Emulation.Tests.Core;

/// <summary>
/// The interpreter's check that kernels leave their inputs unchanged (<see cref="InputWriteGuard"/>), which keeps the
/// array sharing of Flatten/Reshape results correct: a kernel that writes into its input is named in the error, an
/// honest kernel set runs through, and the check is on by default in the debug builds the tests run.
/// </summary>
public sealed class InputWriteGuardTests
{
    /// <summary>x[4] -> relu -> flatten (same type: shares the relu's array) -> relu -> y.</summary>
    private static Graph Chain()
    {
        var g = new Graph("guard");
        var x = new Value("x", new Shape(4)) { Type = T("ap_fixed<16,6>") };
        g.Inputs.Add(x);
        var a = g.Add("act1", new ActivationOp(ActivationKind.Relu), x);
        a.Output.Type = T("ap_fixed<16,6>");
        var f = g.Add("flat", new FlattenOp(), a.Output);
        f.Output.Type = T("ap_fixed<16,6>");
        var b = g.Add("act2", new ActivationOp(ActivationKind.Relu), f.Output);
        b.Output.Type = T("ap_fixed<16,6>");
        g.Outputs.Add(b.Output);
        return g;
    }

    [Fact]
    public void AKernelThatWritesIntoItsInputIsNamed()
    {
        var standard = StandardOps.Create().Kernels();
        var kernels = new OpHandlerSet<IKernel>()
            .Add(new ForwardingKernel(typeof(ActivationOp), standard, scribble: true))
            .Add(new ForwardingKernel(typeof(FlattenOp), standard, scribble: false));
        var interpreter = new Interpreter(kernels) { CheckInputsUnchanged = true };

        var error = Assert.Throws<InvalidOperationException>(() => interpreter.Run(Chain(), [1.5, -2, 3.25, 0], batch: 1));
        Assert.Contains("node 'act1'", error.Message);
        Assert.Contains(nameof(ForwardingKernel), error.Message);

        // Without the check the same kernels run through: the error above came from the check.
        var unchecked_ = new Interpreter(kernels) { CheckInputsUnchanged = false };
        Assert.Equal(4, unchecked_.Run(Chain(), [1.5, -2, 3.25, 0], batch: 1).Outputs[0].Length);
    }

    [Fact]
    public void TheStandardKernelsPassAndTheCheckIsOnInDebugBuilds()
    {
        var interpreter = new Interpreter(StandardOps.Create().Kernels());
#if DEBUG
        Assert.True(interpreter.CheckInputsUnchanged);
#else
        Assert.False(interpreter.CheckInputsUnchanged);
#endif
        var checkedRun = new Interpreter(StandardOps.Create().Kernels()) { CheckInputsUnchanged = true };
        var y = checkedRun.Run(Chain(), [1.5, -2, 3.25, 0], batch: 1).Outputs[0];
        Assert.Equal([1.5, 0, 3.25, 0], y.ToDoubles());
    }

    /// <summary>The standard kernel for the node; with <c>scribble</c>, it then zeroes its input's first code.</summary>
    private sealed class ForwardingKernel(Type opType, OpHandlerSet<IKernel> standard, bool scribble) : IKernel
    {
        public Type OpType => opType;

        public FixedTensor Run(Node node, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow) => standard.Resolve(node).Run(node, inputs, overflow);

        public FixedTensor Run(Node node, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow, RawBuffers buffers)
        {
            var result = standard.Resolve(node).Run(node, inputs, overflow, buffers);
            if (scribble) inputs[0].Raw[0] = 0;
            return result;
        }
    }
}
