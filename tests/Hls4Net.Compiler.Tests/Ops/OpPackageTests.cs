using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Estimation.Rules;
using Hls4Net.Ops;

namespace Hls4Net.Compiler.Tests.Ops;

/// <summary>Every op class of the IR has one package with a handler in every stage; the check itself can fail.</summary>
public sealed class OpPackageTests
{
    [Fact]
    public void EveryCoreOpHasAPackageWithEveryStage()
    {
        Assert.Empty(PackageCoverage.Problems(StandardOps.Create()));
    }

    [Fact]
    public void TheReflectionFindsTheIrsOps()
    {
        var ops = PackageCoverage.CoreOpClasses();
        Assert.Contains(typeof(DenseOp), ops);
        Assert.Contains(typeof(Conv2DOp), ops);
        Assert.DoesNotContain(typeof(ConvBase2DOp), ops); // abstract
    }

    [Fact]
    public void AMissingPackageAndAMissingStageAreReported()
    {
        // The standard packages without Dense's; Softmax's without its emitter, Upsample's without its float kernel,
        // GlobalPool's and MatMul's (removed by a pass, but still costed) without their cost rule.
        Type[] replaced = [typeof(DenseOp), typeof(SoftmaxOp), typeof(UpsampleOp), typeof(GlobalPoolOp), typeof(MatMulOp)];
        var packages = StandardOps.Create().Packages.Where(p => !replaced.Contains(p.OpType)).ToList();
        packages.Add(OpPackage.For<SoftmaxOp>().Kernel(new SoftmaxKernel()).FloatKernel(new SoftmaxFloatKernel()).CostRule(new SoftmaxCostRule()).Build());
        packages.Add(OpPackage.For<UpsampleOp>().Kernel(new UpsampleKernel()).Emitter(new UpsampleEmitter()).CostRule(new WiringCostRule<UpsampleOp>()).Build());
        packages.Add(OpPackage.For<GlobalPoolOp>().Kernel(new GlobalPoolKernel()).FloatKernel(new GlobalPoolFloatKernel()).Emitter(new GlobalPoolEmitter()).Build());
        packages.Add(OpPackage.For<MatMulOp>().FloatKernel(new MatMulFloatKernel()).RemovedBy("FoldMatMulBiasPass").Build());
        var list = new OpPackageList(packages);

        Assert.Equal(
            ["DenseOp: no package", "GlobalPoolOp: no cost rule", "MatMulOp: no cost rule", "SoftmaxOp: no Vitis emitter", "UpsampleOp: no float kernel"],
            PackageCoverage.Problems(list));
    }

    [Fact]
    public void AHandlerOfAnotherOpIsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => OpPackage.For<FlattenOp>().FamilyKernel(new ReshapeKernel(typeof(ReshapeOp))));
        Assert.Contains("ReshapeOp", e.Message);
        Assert.Contains("FlattenOp", e.Message);
    }

    [Fact]
    public void TwoPackagesForOneOpAreRefused()
    {
        var dense = OpPackage.For<DenseOp>().Kernel(new DenseKernel()).Build();
        Assert.Throws<ArgumentException>(() => new OpPackageList([dense, dense]));
    }

    [Fact]
    public void TheStageSetsComeFromThePackagesWithTheirPredicates()
    {
        var ops = StandardOps.Create();
        var g = new Graph("acts");
        var x = new Value("x", new Shape(4));
        g.Inputs.Add(x);
        var relu = g.Add("relu", new ActivationOp(ActivationKind.Relu), x);
        var sig = g.Add("sig", new ActivationOp(ActivationKind.Sigmoid), relu.Output);
        var kernels = ops.Kernels();
        Assert.True(kernels.TryGet(relu, out var k1));
        Assert.IsType<ReluFamilyKernel>(k1);
        Assert.True(kernels.TryGet(sig, out var k2));
        Assert.IsType<TableActivationKernel>(k2);
        var emitters = ops.Emitters();
        Assert.True(emitters.TryGet(sig, out var e2));
        Assert.IsType<TableActivationEmitter>(e2);
        Assert.True(ops.FloatKernels().TryGet(sig, out var f));
        Assert.IsType<ActivationFloatKernel>(f);
        var costRules = ops.CostRules();
        Assert.True(costRules.TryGet(sig, out var c));
        Assert.IsType<ActivationCostRule>(c);
        Assert.Equal(StandardOps.Create().Packages.Count, costRules.OpTypes.Count());
        Assert.Equal(StandardOps.Create().Packages.Count(p => p.RemovedBy is null), kernels.OpTypes.Count());
    }
}
