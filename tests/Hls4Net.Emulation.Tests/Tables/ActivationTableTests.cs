using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Lowering.Tables;

namespace Hls4Net.Emulation.Tests.Tables;

/// <summary>Activation tables against the real functions, and the kernel on hand-computed inputs.</summary>
public sealed class ActivationTableTests
{
    private static readonly FixedType In16 = FixedType.Parse("ap_fixed<16,6>");
    private static readonly FixedType Table18 = FixedType.Parse("ap_fixed<18,8>");
    private const double SeluA = 1.6732632423543772848170429916717;
    private const double SeluS = 1.0507009873554804934193349852946;

    /// <summary>Reference function, covered range [lo, hi) and max slope inside it, written independently here.</summary>
    public static TheoryData<ActivationKind, double, double, double> Functions => new()
    {
        { ActivationKind.Sigmoid, -8, 8, 0.25 },
        { ActivationKind.Tanh, -4, 4, 1 },
        { ActivationKind.Softsign, -8, 8, 1 },
        { ActivationKind.Softplus, -8, 8, 1 },
        { ActivationKind.Elu, -8, 0, 1.5 },
        { ActivationKind.Selu, -8, 0, SeluA * SeluS },
    };

    private static ActivationOp Op(ActivationKind k) => k == ActivationKind.Elu ? new ActivationOp(k, alpha: 1.5) : new ActivationOp(k);

    private static double F(ActivationKind k, double x) => k switch
    {
        ActivationKind.Sigmoid => 1 / (1 + Math.Exp(-x)),
        ActivationKind.Tanh => Math.Tanh(x),
        ActivationKind.Softsign => x / (1 + Math.Abs(x)),
        ActivationKind.Softplus => Math.Log(1 + Math.Exp(x)),
        ActivationKind.Elu => x >= 0 ? x : 1.5 * (Math.Exp(x) - 1),
        ActivationKind.Selu => x >= 0 ? SeluS * x : SeluS * SeluA * (Math.Exp(x) - 1),
        _ => throw new ArgumentOutOfRangeException(nameof(k)),
    };

    [Theory]
    [MemberData(nameof(Functions))]
    public void EntriesAreTheFunctionAtBinCentres(ActivationKind kind, double lo, double hi, double slope)
    {
        _ = slope;
        var table = ActivationTableBuilder.Build(Op(kind), In16, Table18, 1024);
        double bin = (hi - lo) / 1024;
        for (int i = 0; i < 1024; i++)
        {
            double want = F(kind, lo + (i + 0.5) * bin);
            double got = table.Raw[i] * Table18.Lsb;
            Assert.InRange(want - got, 0, Table18.Lsb); // AP_TRN: floor to the table LSB
        }
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void ErrorIsBoundedByBinWidthTimesSlope(ActivationKind kind, double lo, double hi, double slope)
    {
        var result = FixedType.Parse("ap_fixed<24,8,AP_RND>");
        var table = ActivationTableBuilder.Build(Op(kind), In16, Table18, 1024);
        double bound = (hi - lo) / 1024 / 2 * slope + Table18.Lsb + result.Lsb;
        for (long r = In16.MinRawInt64; r <= In16.MaxRawInt64; r++)
        {
            double x = r * In16.Lsb;
            if (x < lo || (x >= hi && kind is not (ActivationKind.Elu or ActivationKind.Selu or ActivationKind.Softplus))) continue;
            double got = table.Apply(r, result, out _) * result.Lsb;
            double tail = kind == ActivationKind.Softplus && x >= hi ? Math.Log(1 + Math.Exp(-x)) : 0; // x returned exactly
            Assert.True(Math.Abs(got - F(kind, x)) <= bound + tail, $"{kind}({x}) = {got}, want {F(kind, x)}");
        }
    }

    [Fact]
    public void SigmoidIndexesByHand()
    {
        // N = 1024 over [-8, 8): bin = 1/64, index = floor((x + 8) * 64), entry = sigmoid(-8 + (i + 0.5)/64) truncated to 2^-10.
        var table = ActivationTableBuilder.Build(new ActivationOp(ActivationKind.Sigmoid), In16, Table18, 1024);
        long Entry(int i) => (long)Math.Floor(1 / (1 + Math.Exp(8 - (i + 0.5) / 64)) * 1024);
        long Run(double x) => table.Apply(FixedMath.FromDouble(x, In16), Table18, out _);
        Assert.Equal(Entry(512), Run(0));                 // floor(8 * 64) = 512
        Assert.Equal(513, Entry(512));                    // sigmoid(1/128) = 0.50195311 - 1e-8: just below 514/1024
        Assert.Equal(Entry(511), Run(-1.0 / 1024));       // floor(511.9375)
        Assert.Equal(Entry(0), Run(-8));                  // first bin
        Assert.Equal(Entry(0), Run(-31));                 // far below: clamped
        Assert.Equal(Entry(1), Run(-8 + 1.0 / 64));
        Assert.Equal(Entry(1023), Run(8 - 1.0 / 1024));
        Assert.Equal(Entry(1023), Run(31.99));            // far above: clamped (asymptote entry)
        Assert.Equal(1023, Entry(1023));                  // 0.99966 truncated to 1023/1024
    }

    [Fact]
    public void ProbitIndexesByHand()
    {
        // N = 1024 over [0, 1): index = floor(x * 1024), entry = Φ⁻¹((i + 0.5) / 1024) truncated to 2^-10. The quantiles
        // are Python's statistics.NormalDist().inv_cdf (Wichura's AS241), written here as constants.
        var table = ActivationTableBuilder.Build(new ActivationOp(ActivationKind.Probit), In16, Table18, 1024);
        long Run(double x) => table.Apply(FixedMath.FromDouble(x, In16), Table18, out _);
        Assert.Equal((long)Math.Floor(-0.5235580902189828 * 1024), Run(0.2998046875));  // raw 307 -> entry 307, Φ⁻¹(307.5/1024)
        Assert.Equal(-537, Run(0.2998046875));
        Assert.Equal((long)Math.Floor(-3.2971933456919635 * 1024), Run(0));              // entry 0, Φ⁻¹(0.5/1024)
        Assert.Equal(-3377, Run(-5));                                                     // below the range: clamped to entry 0
        Assert.Equal(3376, Run(1 - 1.0 / 1024));                                          // entry 1023, Φ⁻¹(1023.5/1024) = 3.2971933
        Assert.Equal(3376, Run(7.5));                                                     // above: clamped
        Assert.Equal(1, Run(0.5));                                                        // entry 512: Φ⁻¹(512.5/1024) = 0.0012239 = 1.25/1024
    }

    [Fact]
    public void TanhWithNonPowerOfTwoSizeIndexesByHand()
    {
        // N = 1000 over [-4, 4): index = floor((x + 4) * 125). x = 0.0107421875 (11/1024): 501.34 -> 501.
        var table = ActivationTableBuilder.Build(new ActivationOp(ActivationKind.Tanh), In16, Table18, 1000);
        long raw = table.Apply(11, Table18, out _);
        Assert.Equal((long)Math.Floor(Math.Tanh(-4 + 501.5 * 0.008) * 1024), raw);
        Assert.Equal(table.Raw[999], table.Apply(In16.MaxRawInt64, Table18, out _));
        Assert.Equal(table.Raw[0], table.Apply(In16.MinRawInt64, Table18, out _));
    }

    [Fact]
    public void EluSeluSoftplusTailsAreExact()
    {
        var result = FixedType.Parse("ap_fixed<16,6>");
        var elu = ActivationTableBuilder.Build(new ActivationOp(ActivationKind.Elu, alpha: 1), In16, Table18, 1024);
        Assert.Equal(3584, elu.Apply(3584, result, out _));           // 3.5 -> 3.5
        Assert.Equal(0, elu.Apply(0, result, out _));                 // 0 -> 0 (not a table entry)
        var selu = ActivationTableBuilder.Build(new ActivationOp(ActivationKind.Selu), In16, Table18, 1024);
        // scale stored as ap_ufixed<18,1,AP_RND>: round(1.0507009873554805 * 2^17) = 137717 (137717.48 rounded); 2.0 * that, truncated to 2^-10.
        Assert.Equal(137717, selu.ScaleRaw);
        Assert.Equal((2048L * 137717) >> 17, selu.Apply(2048, result, out _));
        var softplus = ActivationTableBuilder.Build(new ActivationOp(ActivationKind.Softplus), In16, Table18, 1024);
        Assert.Equal(9 * 1024, softplus.Apply(9 * 1024, result, out _));     // x >= 8 -> x
        Assert.Equal(8 * 1024, softplus.Apply(8 * 1024, result, out _));
        long below = softplus.Apply(8 * 1024 - 1, result, out _);              // last table entry, softplus(7.9921875)
        Assert.Equal((long)Math.Floor(Math.Log(1 + Math.Exp(8 - 0.5 / 64)) * 1024), below);
    }

    [Fact]
    public void KernelStoresIntoResultAndCountsOverflow()
    {
        var input = new Value("x", new Shape(3)) { Type = In16 };
        var node = new Node("act", new ActivationOp(ActivationKind.Elu, alpha: 1), [input], new Value("y", new Shape(3)))
        {
            Precision = new LayerPrecision(Table: Table18),
        };
        node.Output.Type = FixedType.Parse("ap_fixed<8,3,AP_RND,AP_SAT>");
        var x = new FixedTensor(In16, new Shape(3), 1, [10 * 1024, 1024 + 512, -20 * 1024]);
        var counter = new OverflowCounter();
        var y = new TableActivationKernel().Run(node, [x], counter);
        // 10 saturates to 3.96875 (raw 127); 1.5 -> 48 (2^-5 LSB); -20 -> entry 0 = e^(-8+1/128)-1 = -0.99966 -> -32 (AP_RND).
        Assert.Equal([127L, 48L, -32L], y.Raw);
        Assert.Equal(3, counter.Stores);
        Assert.Equal(1, counter.Overflows);
    }
}
