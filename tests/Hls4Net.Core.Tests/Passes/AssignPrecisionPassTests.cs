using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Core.Passes;
using Hls4Net.Core.Tests.Config;

namespace Hls4Net.Core.Tests.Passes;

public sealed class AssignPrecisionPassTests
{
    private static readonly FixedType Fx16_6 = new(16, 6, true);
    private static readonly FixedType Fx8_3 = new(8, 3, true);

    internal static DenseOp Dense(int nIn, int nOut) =>
        new(new ConstTensor(new Shape(nIn, nOut), new float[nIn * nOut]), new ConstTensor(new Shape(nOut), new float[nOut]));

    /// <summary>x[4] -> fc1 Dense(4->3) -> relu -> fc2 Dense(3->2) -> sig (Sigmoid) -> out (Softmax).</summary>
    private static Graph Mlp()
    {
        var g = new Graph("mlp");
        var x = new Value("x", new Shape(4));
        g.Inputs.Add(x);
        var fc1 = g.Add("fc1", Dense(4, 3), x);
        var relu = g.Add("relu", new ActivationOp(ActivationKind.Relu), fc1.Output);
        var fc2 = g.Add("fc2", Dense(3, 2), relu.Output);
        var sig = g.Add("sig", new ActivationOp(ActivationKind.Sigmoid), fc2.Output);
        var sm = g.Add("out", new SoftmaxOp(), sig.Output);
        g.Outputs.Add(sm.Output);
        return g;
    }

    private static Graph Run(Graph g, string yaml, CollectingSink? sink = null)
    {
        var config = new ProjectConfigLoader().LoadYaml(yaml, "t.yml", "/");
        new Pipeline([new AssignPrecisionPass()]).Run(g, new PassContext(config, sink?.CreateLogger(), verifyAfterEachPass: true));
        return g;
    }

    private static Node N(Graph g, string name) => g.FindNode(name)!;

    [Fact]
    public void BuiltInDefaults()
    {
        var g = Run(Mlp(), "");
        Assert.Equal(Fx16_6, g.Inputs[0].Type);
        var fc1 = N(g, "fc1");
        Assert.Equal(Fx16_6, fc1.Output.Type);
        Assert.Equal(new LayerPrecision(Weight: Fx16_6, Bias: Fx16_6, Accum: Fx16_6, TableSize: 1024), fc1.Precision);
        Assert.Equal(new LayerPrecision(TableSize: 1024), N(g, "relu").Precision);
        Assert.Equal(new LayerPrecision(Table: new FixedType(18, 8, true), TableSize: 1024), N(g, "sig").Precision);
        var softmaxTable = new FixedType(18, 1, false, QuantMode.Rnd, OverflowMode.Sat);
        // Softmax derives an exact accumulator itself unless an explicit 'accum' key is given (docs/softmax.md).
        Assert.Equal(new LayerPrecision(Accum: null, ExpTable: softmaxTable, InvTable: softmaxTable, TableSize: 1024), N(g, "out").Precision);
        Assert.Equal(Fx16_6, N(g, "out").Output.Type);
    }

    [Fact]
    public void LayerNameBeatsLayerTypeBeatsModel()
    {
        var g = Run(Mlp(), """
            HLSConfig:
              Model:
                Precision: {default: 'ap_fixed<16,6>', bias: 'ap_fixed<12,4>'}
              LayerType:
                Dense:
                  Precision: {weight: 'ap_fixed<8,3>'}
              LayerName:
                fc2:
                  Precision: {weight: 'ap_fixed<4,1>'}
            """);
        var fc1 = N(g, "fc1").Precision;
        Assert.Equal(Fx8_3, fc1.Weight);                  // LayerType
        Assert.Equal(new FixedType(12, 4, true), fc1.Bias); // Model bias beats Model default
        Assert.Equal(Fx16_6, fc1.Accum);                  // Model default
        var fc2 = N(g, "fc2").Precision;
        Assert.Equal(new FixedType(4, 1, true), fc2.Weight); // LayerName
        Assert.Equal(new FixedType(12, 4, true), fc2.Bias);
        Assert.Equal(Fx16_6, N(g, "fc2").Output.Type);
    }

    [Fact]
    public void LayerNameDefaultBeatsLayerTypeVariable()
    {
        // hls4ml order: LayerName var, LayerName default, LayerType var, LayerType default, Model var, Model default.
        var g = Run(Mlp(), """
            HLSConfig:
              LayerType:
                Dense: {Precision: {weight: 'ap_fixed<8,3>', default: 'ap_fixed<9,4>'}}
              LayerName:
                fc1: {Precision: 'ap_fixed<10,2>'}
                fc2: {Precision: {result: 'ap_fixed<11,5>', weight: auto}}
            """);
        var fc1 = N(g, "fc1");
        Assert.Equal(new FixedType(10, 2, true), fc1.Precision.Weight);
        Assert.Equal(new FixedType(10, 2, true), fc1.Precision.Accum);
        Assert.Equal(new FixedType(10, 2, true), fc1.Output.Type);
        var fc2 = N(g, "fc2");
        Assert.Equal(new FixedType(11, 5, true), fc2.Output.Type);
        Assert.Equal(Fx8_3, fc2.Precision.Weight);            // auto falls through to LayerType weight
        Assert.Equal(new FixedType(9, 4, true), fc2.Precision.Bias); // LayerType default
    }

    [Fact]
    public void Hls4mlClassNamesSelectActivationFunctions()
    {
        var g = Run(Mlp(), """
            HLSConfig:
              LayerType:
                ReLU: {Precision: 'ufixed<8,4>'}
                Activation: {Precision: {result: 'fixed<12,2>', table: 'fixed<14,5>'}, TableSize: 512}
            """);
        Assert.Equal(new FixedType(8, 4, false), N(g, "relu").Output.Type); // ReLU is more specific than Activation
        var sig = N(g, "sig");
        Assert.Equal(new FixedType(12, 2, true), sig.Output.Type);
        Assert.Equal(new FixedType(14, 5, true), sig.Precision.Table);
        Assert.Equal(512, sig.Precision.TableSize);
        Assert.Equal(Fx16_6, N(g, "fc1").Output.Type); // Dense untouched
    }

    [Fact]
    public void TablesIgnoreDefaultPrecisionButTakeExplicitTableKeys()
    {
        var g = Run(Mlp(), """
            HLSConfig:
              Model: {Precision: 'ap_fixed<8,3>'}
              LayerName:
                sig: {Precision: 'ap_fixed<10,3>', TableSize: 256}
                out: {Precision: {exp_table: 'ap_ufixed<16,1>', inv_table: 'ap_ufixed<16,2,AP_RND,AP_SAT>'}}
            """);
        var sig = N(g, "sig");
        Assert.Equal(new FixedType(10, 3, true), sig.Output.Type);
        Assert.Equal(new FixedType(18, 8, true), sig.Precision.Table);
        Assert.Equal(256, sig.Precision.TableSize);
        var sm = N(g, "out").Precision;
        Assert.Equal(new FixedType(16, 1, false), sm.ExpTable);
        Assert.Equal(new FixedType(16, 2, false, QuantMode.Rnd, OverflowMode.Sat), sm.InvTable);
        Assert.Null(sm.Accum); // a 'default' precision does not become the softmax accumulator
    }

    [Fact]
    public void SoftmaxTakesOnlyAnExplicitAccumKey()
    {
        var g = Run(Mlp(), """
            HLSConfig:
              Model: {Precision: {default: 'ap_fixed<8,3>', accum: 'ap_fixed<20,8>'}}
            """);
        Assert.Equal(new FixedType(20, 8, true), N(g, "out").Precision.Accum);
        Assert.Equal(new FixedType(20, 8, true), N(g, "fc1").Precision.Accum);
    }

    [Fact]
    public void InputsFlattenAndReshape()
    {
        var g = new Graph("cnnish");
        var x = new Value("in1", new Shape(2, 3));
        g.Inputs.Add(x);
        var flat = g.Add("flat", new FlattenOp(), x);
        var fc = g.Add("fc", Dense(6, 4), flat.Output);
        var reshape = g.Add("rs", new ReshapeOp(new Shape(2, 2)), fc.Output);
        var flat2 = g.Add("flat2", new FlattenOp(), reshape.Output);
        g.Outputs.Add(flat2.Output);
        Run(g, """
            HLSConfig:
              Model: {Precision: 'ap_fixed<16,6>'}
              LayerName:
                in1: {Precision: 'ap_fixed<8,2>'}
                fc: {Precision: {result: 'ap_fixed<12,3>'}}
                flat2: {Precision: 'ap_fixed<6,3>'}
            """);
        Assert.Equal(new FixedType(8, 2, true), x.Type);
        Assert.Equal(new FixedType(8, 2, true), flat.Output.Type);   // keeps its input's type, not Model's
        Assert.Equal(new FixedType(12, 3, true), reshape.Output.Type);
        Assert.Equal(new FixedType(6, 3, true), flat2.Output.Type);  // explicit LayerName wins
    }

    [Fact]
    public void InputTypeFromLayerTypeInputLayer()
    {
        var g = Run(Mlp(), "HLSConfig:\n  LayerType:\n    InputLayer: {Precision: 'ap_ufixed<10,0>'}\n");
        Assert.Equal(new FixedType(10, 0, false), g.Inputs[0].Type);
    }

    [Fact]
    public void ImportHintsAreDefaultsBelowExplicitLayerConfig()
    {
        var g = Mlp();
        var int4 = FixedType.Int(4);
        var q = new FixedType(6, 2, true, QuantMode.Rnd, OverflowMode.Sat);
        foreach (var name in new[] { "fc1", "fc2" })
        {
            N(g, name).Annotations.Set(ImportHints.WeightType, int4);
            N(g, name).Annotations.Set(ImportHints.BiasType, Fx8_3);
            N(g, name).Annotations.Set(ImportHints.ResultType, q);
        }
        Run(g, """
            HLSConfig:
              Model: {Precision: {default: 'ap_fixed<16,6>', weight: 'ap_fixed<20,10>'}}
              LayerName:
                fc2: {Precision: {weight: 'ap_fixed<7,2>'}}
              LayerType:
                Dense: {Precision: {bias: 'ap_fixed<9,4>'}}
            """);
        var fc1 = N(g, "fc1");
        Assert.Equal(int4, fc1.Precision.Weight);                 // hint beats Model
        Assert.Equal(new FixedType(9, 4, true), fc1.Precision.Bias); // LayerType beats hint
        Assert.Equal(q, fc1.Output.Type);                          // hint beats Model default
        Assert.Equal(Fx16_6, fc1.Precision.Accum);                 // no hint for accum: Model default
        var fc2 = N(g, "fc2");
        Assert.Equal(new FixedType(7, 2, true), fc2.Precision.Weight); // LayerName beats hint
        Assert.Equal(q, fc2.Output.Type);
    }

    [Fact]
    public void ParameterisedOpsGetAWeightType()
    {
        var g = new Graph("p");
        var x = new Value("x", new Shape(3));
        g.Inputs.Add(x);
        var bn = g.Add("bn", BatchNormOp.FromStatistics([1, 1, 1], [0, 0, 0], [0, 0, 0], [1, 1, 1], 1e-3), x);
        var pr = g.Add("pr", new PReluOp(new ConstTensor(new Shape(3), [0.1f, 0.2f, 0.3f])), bn.Output);
        var lr = g.Add("lr", new ActivationOp(ActivationKind.LeakyRelu, alpha: 0.3), pr.Output);
        var hs = g.Add("hs", new ActivationOp(ActivationKind.HardSigmoid, alpha: 0.2, beta: 0.5), lr.Output);
        g.Outputs.Add(hs.Output);
        Run(g, """
            HLSConfig:
              LayerName:
                bn: {Precision: {scale: 'fixed<10,3>', shift: 'fixed<11,4>'}}
                pr: {Precision: {param: 'fixed<6,1>'}}
              LayerType:
                LeakyReLU: {Precision: {weight: 'fixed<5,1>'}}
            """);
        Assert.Equal(new LayerPrecision(Weight: new FixedType(10, 3, true), Bias: new FixedType(11, 4, true), Accum: Fx16_6), bn.Precision);
        Assert.Equal(new LayerPrecision(Weight: new FixedType(6, 1, true)), pr.Precision);
        Assert.Equal(new LayerPrecision(Weight: new FixedType(5, 1, true)), lr.Precision);
        Assert.Equal(new LayerPrecision(Weight: Fx16_6), hs.Precision); // exact hard sigmoid: parameters, no table
    }

    [Fact]
    public void LayerNamesMatchCaseInsensitivelyLikeHls4ml()
    {
        var g = Run(Mlp(), "HLSConfig:\n  LayerName:\n    FC1: {Precision: 'ap_fixed<7,3>'}\n");
        Assert.Equal(new FixedType(7, 3, true), N(g, "fc1").Output.Type);
    }

    [Fact]
    public void UnmatchedLayerNameAndLayerTypeEntriesWarn()
    {
        var sink = new CollectingSink();
        Run(Mlp(), """
            HLSConfig:
              LayerName:
                fc3: {ReuseFactor: 2}
                fc1: {ReuseFactor: 1}
              LayerType:
                Dens: {ReuseFactor: 2}
                Softmax: {ReuseFactor: 1}
            """, sink);
        var warnings = sink.Warnings.ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Equal("HLSConfig.LayerName.fc3 matches no layer of model 'mlp' (layers may have been fused or removed); did you mean 'fc1'?", warnings[0]);
        Assert.Equal("unknown layer type 'Dens' in HLSConfig.LayerType; did you mean 'Dense'?", warnings[1]);
    }
}
