using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Lowering.Plans;
using Hls4Net.Lowering.Tables;

namespace Hls4Net.Lowering.Tests;

/// <summary>A cached plan is reused for an unchanged node and made again whenever what it was made from changes.</summary>
public sealed class PlanCacheTests
{
    private static FixedType T(string s) => FixedType.Parse(s);

    /// <summary>A Dense 2->2 node with weights 0.5, -0.25 / 1, 0.75 and biases 0.125, -1 and every precision set.</summary>
    private static Node DenseNode()
    {
        var op = new DenseOp(new ConstTensor(new Shape(2, 2), [0.5f, -0.25f, 1f, 0.75f]), new ConstTensor(new Shape(2), [0.125f, -1f]));
        var input = new Value("x", new Shape(2)) { Type = T("ap_fixed<16,6>") };
        return new Node("dense", op, [input], new Value("y", new Shape(2)) { Type = T("ap_fixed<16,6>") })
        {
            Precision = new LayerPrecision(Weight: T("ap_fixed<8,3>"), Bias: T("ap_fixed<8,3>"), Accum: T("ap_fixed<24,10>")),
        };
    }

    private sealed class Counting
    {
        public int Calls { get; private set; }

        public DensePlan Create(Node node)
        {
            Calls++;
            return DensePlan.Create(node);
        }
    }

    [Fact]
    public void SameNodeTwiceGivesTheSamePlanInstance()
    {
        var cache = new PlanCache();
        var node = DenseNode();
        var counting = new Counting();
        var first = cache.Get(node, counting.Create);
        var second = cache.Get(node, counting.Create);
        Assert.Same(first, second);
        Assert.Equal(1, counting.Calls);
    }

    [Fact]
    public void ChangedPrecisionGivesANewPlanOfTheNewTypes()
    {
        var cache = new PlanCache();
        var node = DenseNode();
        var before = cache.Get(node, DensePlan.Create);
        node.Precision = node.Precision with { Weight = T("ap_fixed<4,2>") };
        var after = cache.Get(node, DensePlan.Create);
        Assert.NotSame(before, after);
        Assert.Equal(T("ap_fixed<4,2>"), after.Weight);
        // 0.5, -0.25, 1, 0.75 in ap_fixed<4,2> (2 fraction bits): raw 2, -1, 4, 3; in ap_fixed<8,3> (5 bits): 16, -8, 32, 24.
        Assert.Equal([2L, -1, 4, 3], after.WeightRaw);
        Assert.Equal([16L, -8, 32, 24], before.WeightRaw);
        Assert.Same(after, cache.Get(node, DensePlan.Create));
    }

    [Fact]
    public void ChangedOpInstanceGivesANewPlan()
    {
        var cache = new PlanCache();
        var node = DenseNode();
        var before = cache.Get(node, DensePlan.Create);
        node.Op = new DenseOp(new ConstTensor(new Shape(2, 2), [0f, 0f, 0f, 1f]), new ConstTensor(new Shape(2), [0f, 0f]));
        var after = cache.Get(node, DensePlan.Create);
        Assert.NotSame(before, after);
        Assert.Equal([0L, 0, 0, 32], after.WeightRaw);
    }

    [Fact]
    public void ChangedResultOrInputTypeGivesANewPlan()
    {
        var cache = new PlanCache();
        var node = DenseNode();
        var first = cache.Get(node, DensePlan.Create);
        node.Output.Type = T("ap_fixed<12,4>");
        var second = cache.Get(node, DensePlan.Create);
        Assert.NotSame(first, second);
        node.Inputs[0].Type = T("ap_fixed<10,4>");
        Assert.NotSame(second, cache.Get(node, DensePlan.Create));
    }

    [Fact]
    public void PlansForAnInputTypeAreKeyedOnThatType()
    {
        var cache = new PlanCache();
        var input = new Value("x", new Shape(4)) { Type = T("ap_fixed<16,6>") };
        var node = new Node("sigmoid", new ActivationOp(ActivationKind.Sigmoid), [input], new Value("y", new Shape(4)) { Type = T("ap_fixed<16,6>") });
        var a = cache.Get(node, T("ap_fixed<16,6>"), ActivationTableBuilder.Build);
        Assert.Same(a, cache.Get(node, T("ap_fixed<16,6>"), ActivationTableBuilder.Build));
        var b = cache.Get(node, T("ap_fixed<12,4>"), ActivationTableBuilder.Build);
        Assert.NotSame(a, b);
        Assert.Equal(T("ap_fixed<12,4>"), b.InputType);
    }

    [Fact]
    public void DifferentNodesAndDifferentCachesDoNotSharePlans()
    {
        var cache = new PlanCache();
        var one = DenseNode();
        var two = DenseNode();
        Assert.NotSame(cache.Get(one, DensePlan.Create), cache.Get(two, DensePlan.Create));
        Assert.NotSame(cache.Get(one, DensePlan.Create), new PlanCache().Get(one, DensePlan.Create));
    }

    [Fact]
    public void DifferentPlanTypesOfOneNodeAreCachedSeparately()
    {
        var cache = new PlanCache();
        var node = DenseNode();
        var plan = cache.Get(node, DensePlan.Create);
        var other = cache.Get(node, n => new Marker(n.Name));
        Assert.Same(plan, cache.Get(node, DensePlan.Create));
        Assert.Same(other, cache.Get(node, n => new Marker(n.Name)));
        Assert.Equal("dense", other.Name);
    }

    private sealed record Marker(string Name);
}
