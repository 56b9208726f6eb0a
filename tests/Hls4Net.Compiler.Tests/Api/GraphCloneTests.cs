using System.Reflection;
using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;
using Hls4Net.TestSupport;

namespace Hls4Net.Compiler.Tests.Api;

/// <summary><see cref="Graph.Clone"/>: the same graph, sharing nothing mutable with the original.</summary>
public sealed class GraphCloneTests
{
    private static Graph Configured()
    {
        var config = new ProjectConfig();
        config.Hls.Model.ReuseFactor = 2;
        var graph = HlsModel.Load(RepoPaths.Sample("jet_mlp.onnx")).Configure(config).Graph;
        graph.Nodes[0].Annotations.Set(ImportHints.SourceClass, "QDense");
        return graph;
    }

    [Fact]
    public void TheCloneIsTheSameGraphWithItsOwnNodesAndValues()
    {
        var graph = Configured();
        var clone = graph.Clone();

        Assert.Equal(GraphSnapshot.Of(graph), GraphSnapshot.Of(clone));
        Assert.Equal(graph.Nodes.Count, clone.Nodes.Count);
        var values = graph.Inputs.Concat(graph.Outputs).Concat(graph.Nodes.SelectMany(n => n.Inputs.Append(n.Output))).ToHashSet(ReferenceEqualityComparer.Instance);
        var cloneValues = clone.Inputs.Concat(clone.Outputs).Concat(clone.Nodes.SelectMany(n => n.Inputs.Append(n.Output))).ToList();
        Assert.DoesNotContain(cloneValues, v => values.Contains(v));
        Assert.DoesNotContain(clone.Nodes, n => graph.Nodes.Contains(n, ReferenceEqualityComparer.Instance));
        for (var i = 0; i < graph.Nodes.Count; i++)
        {
            Assert.Same(graph.Nodes[i].Op, clone.Nodes[i].Op); // ops are immutable and shared
            Assert.Same(clone.Nodes[i], clone.Nodes[i].Output.Producer);
            if (i > 0) Assert.Same(clone.Nodes[i - 1].Output, clone.Nodes[i].Inputs[0]); // jet_mlp is a chain
        }
        Assert.Same(clone.Inputs[0], clone.Nodes[0].Inputs[0]);
        Assert.Same(clone.Nodes[^1].Output, clone.Outputs[0]);
        Assert.Equal("QDense", clone.Nodes[0].Annotations.Get(ImportHints.SourceClass));
    }

    [Fact]
    public void ChangingTheCloneLeavesTheOriginalUnchanged()
    {
        var graph = Configured();
        var before = GraphSnapshot.Of(graph);
        var clone = graph.Clone();

        clone.Nodes[0].Name = "renamed";
        clone.Nodes[0].Output.Type = FixedType.Parse("ap_fixed<4,2>");
        clone.Nodes[0].Precision = LayerPrecision.Unassigned;
        clone.Nodes[0].Hardware = new LayerHardware(Strategy.Resource, 8);
        clone.Nodes[0].Annotations.Set(ImportHints.SourceClass, "Dense");
        clone.Inputs[0].Name = "x2";
        clone.Outputs[0] = clone.Nodes[^1].Inputs[0];
        clone.Remove(clone.Nodes[^1]);

        Assert.Equal(before, GraphSnapshot.Of(graph));
        Assert.Equal("QDense", graph.Nodes[0].Annotations.Get(ImportHints.SourceClass));
        Assert.NotEqual(before, GraphSnapshot.Of(clone));
    }

    [Fact]
    public void OpsAreImmutableSoClonesMayShareThem()
    {
        var ops = typeof(Op).Assembly.GetTypes().Where(t => typeof(Op).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        Assert.NotEmpty(ops);
        foreach (var op in ops)
        {
            var flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance;
            Assert.All(op.GetProperties(flags), p => Assert.True(p.SetMethod is null || p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"), $"{op.Name}.{p.Name} is settable"));
            Assert.All(op.GetFields(flags), f => Assert.True(f.IsInitOnly, $"{op.Name}.{f.Name} is a writable field"));
        }
    }
}
