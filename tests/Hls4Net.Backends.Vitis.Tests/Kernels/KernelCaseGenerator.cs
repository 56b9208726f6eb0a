using System.Globalization;
using System.Text;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Backends.Vitis.Tests.Kernels;

/// <summary>Random single-node graphs with random precisions (all rounding and overflow modes, narrow accumulators) and their C++.</summary>
internal sealed class KernelCaseGenerator(int seed)
{
    private readonly Random _rng = new(seed);

    public FixedType RandomType(int minW, int maxW)
    {
        int w = _rng.Next(minW, maxW + 1);
        int i = _rng.Next(-2, w + 3);
        bool signed = _rng.Next(5) != 0;
        if (_rng.Next(5) < 2) return new FixedType(w, i, signed);
        var q = (QuantMode)_rng.Next(7);
        var o = (OverflowMode)_rng.Next(5);
        if (!signed && o == OverflowMode.WrapSm) o = OverflowMode.Wrap;
        int n = o is OverflowMode.Wrap or OverflowMode.WrapSm && _rng.Next(3) == 0 ? _rng.Next(1, Math.Min(3, w) + 1) : 0;
        return new FixedType(w, i, signed, q, o, n);
    }

    /// <summary>A random valid raw code of <paramref name="t"/>, often 0, min, max or a threshold (±0.5, ±1, ±2.5, 6) of the activations.</summary>
    public long RandomRaw(FixedType t)
    {
        return _rng.Next(12) switch
        {
            0 or 1 => 0,
            10 or 11 => FixedMath.FromDouble(Pick(0.5, -0.5, 1.0, -1.0, 2.5, -2.5, 6.0, 0.25), t),
            2 => t.MinRawInt64,
            3 => t.MaxRawInt64,
            _ => _rng.NextInt64(t.MinRawInt64, t.MaxRawInt64 + 1),
        };
    }

    /// <summary>A random Dense layer, Latency and Resource; with <paramref name="storeProducts"/> under hls4ml semantics (each product stored into accum_t).</summary>
    public KernelCase Dense(int id, bool storeProducts = false)
    {
        int nIn = _rng.Next(1, 9), nOut = _rng.Next(1, 7);
        var tx = RandomType(2, 16);
        var tw = RandomType(2, 16);
        var tb = RandomType(2, 16);
        var ta = _rng.Next(3) == 0 ? RandomType(4, 12) : RandomType(8, 40);
        var tr = RandomType(2, 24);
        var weights = RandomFloats(nIn * nOut, tw, 0.25);
        var bias = RandomFloats(nOut, tb, 0.2);
        var op = new DenseOp(new ConstTensor(new Shape(nIn, nOut), weights), new ConstTensor(new Shape(nOut), bias));
        var node = MakeNode(op, new Shape(nIn), tx, tr);
        node.Precision = new LayerPrecision(Weight: tw, Bias: tb, Accum: ta);
        if (storeProducts) node.Hardware = new LayerHardware(Semantics: ArithmeticSemantics.Hls4ml);
        var storeFlag = storeProducts ? "true" : "false";
        int rf = _rng.Next(1, nIn * nOut + 3);
        var p = DensePlan.Create(node);
        var cpp = new StringBuilder();
        Open(cpp, id, tx, tr);
        foreach (var (name, strategy, reuse) in new[] { ("cfg_latency", "nnet::latency", 1), ("cfg_resource", "nnet::resource", rf) })
        {
            cpp.Append(CultureInfo.InvariantCulture, $$"""
                struct {{name}} {
                    static const unsigned n_in = {{nIn}};
                    static const unsigned n_out = {{nOut}};
                    static const int strategy = {{strategy}};
                    static const unsigned reuse_factor = {{reuse}};
                    static const bool store_products = {{storeFlag}};
                    typedef {{tw}} weight_t;
                    typedef {{tb}} bias_t;
                    typedef {{ta}} accum_t;
                };

                """);
        }
        Array(cpp, "w_raw", p.WeightRaw);
        Array(cpp, "b_raw", p.BiasRaw);
        cpp.Append(CultureInfo.InvariantCulture, $$"""
            void run(const long long *in, long long *out) {
                in_t x[{{nIn}}]; load(x, in, {{nIn}});
                cfg_latency::weight_t w[{{nIn * nOut}}]; load(w, w_raw, {{nIn * nOut}});
                cfg_latency::bias_t b[{{nOut}}]; load(b, b_raw, {{nOut}});
                out_t y[{{nOut}}];
                nnet::dense<in_t, out_t, cfg_latency>(x, y, w, b); store(out, y, {{nOut}});
                nnet::dense<in_t, out_t, cfg_resource>(x, y, w, b); store(out + {{nOut}}, y, {{nOut}});
            }
            }
            """);
        return new KernelCase(id, $"dense{(storeProducts ? " (stored products)" : "")} {nIn}->{nOut} x:{tx} w:{tw} b:{tb} acc:{ta} res:{tr} rf:{rf}", node, cpp.ToString(), 2);
    }

    public KernelCase BatchNorm(int id)
    {
        int rows = _rng.Next(1, 4), channels = _rng.Next(1, 6);
        var tx = RandomType(2, 16);
        var ts = RandomType(2, 16);
        var tb = RandomType(2, 16);
        var tr = RandomType(2, 24);
        var op = new BatchNormOp(new ConstTensor(new Shape(channels), RandomFloats(channels, ts, 0.1)),
            new ConstTensor(new Shape(channels), RandomFloats(channels, tb, 0.1)));
        var node = MakeNode(op, new Shape(rows, channels), tx, tr);
        node.Precision = new LayerPrecision(Weight: ts, Bias: tb);
        var p = BatchNormPlan.Create(node);
        int n = rows * channels;
        var cpp = new StringBuilder();
        Open(cpp, id, tx, tr);
        cpp.Append(CultureInfo.InvariantCulture, $$"""
            struct cfg {
                static const unsigned n_in = {{n}};
                static const unsigned n_filt = {{channels}};
                static const unsigned reuse_factor = 1;
                typedef {{ts}} weight_t;
                typedef {{tb}} bias_t;
            };

            """);
        Array(cpp, "s_raw", p.ScaleRaw);
        Array(cpp, "b_raw", p.ShiftRaw);
        cpp.Append(CultureInfo.InvariantCulture, $$"""
            void run(const long long *in, long long *out) {
                in_t x[{{n}}]; load(x, in, {{n}});
                cfg::weight_t s[{{channels}}]; load(s, s_raw, {{channels}});
                cfg::bias_t b[{{channels}}]; load(b, b_raw, {{channels}});
                out_t y[{{n}}];
                nnet::normalize<in_t, out_t, cfg>(x, y, s, b); store(out, y, {{n}});
            }
            }
            """);
        return new KernelCase(id, $"batchnorm {rows}x{channels} x:{tx} scale:{ts} shift:{tb} res:{tr}", node, cpp.ToString(), 1);
    }

    public KernelCase Activation(int id, ActivationKind kind)
    {
        int n = _rng.Next(1, 9);
        var tx = RandomType(2, 20);
        var tr = RandomType(2, 20);
        FixedType? tp = _rng.Next(3) == 0 ? null : RandomType(2, 16);
        double alpha = Math.Round(_rng.NextDouble() * 3 - 1, 3), beta = Math.Round(_rng.NextDouble() * 2 - 0.5, 3);
        double min = Pick(0.0, -1.0, double.NegativeInfinity, Math.Round(_rng.NextDouble() * 4 - 2, 2));
        double max = Pick(6.0, 1.0, double.PositiveInfinity, Math.Round(min + _rng.NextDouble() * 4, 2));
        if (kind == ActivationKind.HardSigmoid && _rng.Next(2) == 0) (alpha, beta) = (0.2, 0.5);
        var op = new ActivationOp(kind, alpha, beta, min, max);
        var node = MakeNode(op, new Shape(n), tx, tr);
        node.Precision = new LayerPrecision(Weight: tp);
        var p = ReluFamilyPlan.Create(node);
        var function = kind switch
        {
            ActivationKind.Linear => "linear",
            ActivationKind.Relu => "relu",
            ActivationKind.LeakyRelu => "leaky_relu",
            ActivationKind.ThresholdedRelu => "thresholded_relu",
            ActivationKind.BoundedRelu => "bounded_relu",
            ActivationKind.HardSigmoid => "hard_sigmoid",
            ActivationKind.BinaryTanh => "binary_tanh",
            ActivationKind.TernaryTanh => "ternary_tanh",
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        var cpp = new StringBuilder();
        Open(cpp, id, tx, tr);
        cpp.Append(CultureInfo.InvariantCulture, $$"""
            struct cfg {
                static const unsigned n_in = {{n}};
                typedef {{p.ParameterType}} param_t;
                static const long long alpha_raw = {{Lit(p.AlphaRaw)}};
                static const long long beta_raw = {{Lit(p.BetaRaw)}};
                static const bool has_min = {{(p.HasMin ? "true" : "false")}};
                static const long long min_raw = {{Lit(p.MinRaw)}};
                static const bool has_max = {{(p.HasMax ? "true" : "false")}};
                static const long long max_raw = {{Lit(p.MaxRaw)}};
            };
            void run(const long long *in, long long *out) {
                in_t x[{{n}}]; load(x, in, {{n}});
                out_t y[{{n}}];
                nnet::{{function}}<in_t, out_t, cfg>(x, y); store(out, y, {{n}});
            }
            }
            """);
        return new KernelCase(id, $"{op.Describe()} n={n} x:{tx} param:{p.ParameterType} res:{tr}", node, cpp.ToString(), 1);
    }

    public KernelCase PRelu(int id)
    {
        int rows = _rng.Next(1, 4), channels = _rng.Next(1, 5);
        var tx = RandomType(2, 16);
        var tr = RandomType(2, 20);
        FixedType? tp = _rng.Next(3) == 0 ? null : RandomType(2, 16);
        int nAlpha = Pick(1, channels, rows * channels);
        var op = new PReluOp(new ConstTensor(new Shape(nAlpha), Enumerable.Range(0, nAlpha).Select(_ => (float)(_rng.NextDouble() * 2 - 0.5)).ToArray()));
        var node = MakeNode(op, new Shape(rows, channels), tx, tr);
        node.Precision = new LayerPrecision(Weight: tp);
        var p = PReluPlan.Create(node);
        int n = rows * channels;
        var cpp = new StringBuilder();
        Open(cpp, id, tx, tr);
        cpp.Append(CultureInfo.InvariantCulture, $$"""
            struct cfg {
                static const unsigned n_in = {{n}};
                static const unsigned n_alpha = {{nAlpha}};
                typedef {{p.AlphaType}} param_t;
            };

            """);
        Array(cpp, "a_raw", p.AlphaRaw);
        cpp.Append(CultureInfo.InvariantCulture, $$"""
            void run(const long long *in, long long *out) {
                in_t x[{{n}}]; load(x, in, {{n}});
                cfg::param_t a[{{nAlpha}}]; load(a, a_raw, {{nAlpha}});
                out_t y[{{n}}];
                nnet::prelu<in_t, out_t, cfg>(x, y, a); store(out, y, {{n}});
            }
            }
            """);
        return new KernelCase(id, $"prelu {rows}x{channels} alphas:{nAlpha} x:{tx} alpha:{p.AlphaType} res:{tr}", node, cpp.ToString(), 1);
    }

    public KernelCase Flatten(int id)
    {
        int rows = _rng.Next(1, 4), cols = _rng.Next(1, 5);
        var tx = RandomType(2, 20);
        var tr = _rng.Next(4) == 0 ? tx : RandomType(2, 20);
        var node = MakeNode(new FlattenOp(), new Shape(rows, cols), tx, tr);
        int n = rows * cols;
        var cpp = new StringBuilder();
        Open(cpp, id, tx, tr);
        cpp.Append(CultureInfo.InvariantCulture, $$"""
            struct cfg { static const unsigned n_in = {{n}}; };
            void run(const long long *in, long long *out) {
                in_t x[{{n}}]; load(x, in, {{n}});
                out_t y[{{n}}];
                nnet::copy_cast<in_t, out_t, cfg>(x, y); store(out, y, {{n}});
            }
            }
            """);
        return new KernelCase(id, $"flatten {rows}x{cols} x:{tx} res:{tr}", node, cpp.ToString(), 1);
    }

    private static Node MakeNode(Op op, Shape inputShape, FixedType tx, FixedType tr)
    {
        var input = new Value("x", inputShape) { Type = tx };
        var shape = op.InferShape([inputShape]);
        return new Node("n", op, [input], new Value("y", shape) { Type = tr });
    }

    private float[] RandomFloats(int n, FixedType t, double zeroShare)
    {
        var scale = Math.ScaleB(1.0, t.IntBits);
        return Enumerable.Range(0, n)
            .Select(_ => _rng.NextDouble() < zeroShare ? 0f : (float)((_rng.NextDouble() * 2 - 1) * scale * 1.1))
            .ToArray();
    }

    private T Pick<T>(params T[] options) => options[_rng.Next(options.Length)];

    private static void Open(StringBuilder cpp, int id, FixedType tx, FixedType tr) =>
        cpp.Append(CultureInfo.InvariantCulture, $"namespace c{id} {{\ntypedef {tx} in_t;\ntypedef {tr} out_t;\n");

    private static void Array(StringBuilder cpp, string name, long[] raw) =>
        cpp.Append("const long long ").Append(name).Append('[').Append(raw.Length).Append("] = {")
            .Append(string.Join(", ", raw.Select(Lit))).Append("};\n");

    private static string Lit(long v) => v == long.MinValue ? "(-9223372036854775807LL - 1)" : v.ToString(CultureInfo.InvariantCulture) + "LL";
}
