using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Backends.Vitis.Tests.Tables;

/// <summary>The cases compiled into one C++ driver: every table function and softmax over default and narrow types.</summary>
internal static class TableCaseFactory
{
    private static readonly (string Input, string Table, string Result, int Size)[] ActivationTypes =
    [
        ("ap_fixed<16,6>", "ap_fixed<18,8>", "ap_fixed<16,6>", 1024),
        ("ap_fixed<8,3,AP_RND,AP_SAT>", "ap_fixed<8,3,AP_RND,AP_SAT>", "ap_fixed<8,3,AP_RND,AP_SAT>", 1024),
        ("ap_fixed<24,10>", "ap_ufixed<12,2,AP_RND,AP_SAT>", "ap_fixed<12,4,AP_RND_CONV,AP_SAT>", 1000),
        ("ap_fixed<8,14>", "ap_fixed<18,8>", "ap_fixed<16,6,AP_RND_ZERO,AP_SAT_SYM>", 256),
        ("ap_ufixed<10,4>", "ap_fixed<18,8,AP_RND_INF>", "ap_fixed<16,6>", 1024),
        ("ap_fixed<40,12>", "ap_fixed<24,4,AP_RND,AP_SAT>", "ap_fixed<32,4,AP_RND,AP_SAT>", 512),
    ];

    private static readonly (string Input, string Result, string? Exp, string? Inv, string? Accum, int Size)[] SoftmaxTypes =
    [
        ("ap_fixed<16,6>", "ap_fixed<16,6>", null, null, null, 1024),
        ("ap_fixed<8,3,AP_RND,AP_SAT>", "ap_fixed<8,3,AP_RND,AP_SAT>", "ap_ufixed<8,1,AP_RND,AP_SAT>", "ap_ufixed<8,1,AP_RND,AP_SAT>", null, 1024),
        ("ap_fixed<8,3,AP_RND,AP_SAT>", "ap_ufixed<8,0,AP_RND,AP_SAT>", "ap_ufixed<10,1,AP_RND,AP_SAT>", "ap_ufixed<9,1>", "ap_fixed<10,3>", 256),
        ("ap_fixed<24,8>", "ap_ufixed<16,0,AP_RND_CONV,AP_SAT>", "ap_ufixed<24,1,AP_RND_CONV,AP_SAT>", "ap_ufixed<20,2,AP_RND_INF,AP_SAT>", null, 512),
        ("ap_fixed<10,12>", "ap_fixed<16,6>", null, null, "ap_ufixed<24,6,AP_RND,AP_SAT>", 1000),
    ];

    // hls4ml's stable/latency softmax (hls4ml semantics): input, result, exp_table, inv_table, accum, inv_inp, inp_norm, TableSize.
    private static readonly (string Input, string Result, string? Exp, string? Inv, string Accum, string? InvInp, string? InpNorm, int Size)[] Hls4mlSoftmaxTypes =
    [
        ("ap_fixed<16,6>", "ap_fixed<16,6>", null, null, "ap_fixed<16,6>", null, null, 1024),
        ("ap_fixed<8,3,AP_RND,AP_SAT>", "ap_ufixed<8,0,AP_RND,AP_SAT>", "ap_ufixed<10,1,AP_RND,AP_SAT>", "ap_fixed<12,6,AP_RND,AP_SAT>", "ap_fixed<10,4>", null, null, 128),
        ("ap_fixed<24,10>", "ap_fixed<20,2,AP_RND_CONV,AP_SAT>", null, "ap_ufixed<16,8,AP_RND_INF,AP_SAT>", "ap_fixed<24,8,AP_RND,AP_SAT>", "ap_ufixed<14,6>", "ap_ufixed<12,4,AP_TRN,AP_SAT>", 512),
        ("ap_ufixed<10,4>", "ap_fixed<16,6>", null, null, "ap_fixed<16,6>", null, null, 1024),
        ("ap_fixed<12,14>", "ap_fixed<16,6,AP_RND_ZERO,AP_SAT_SYM>", null, null, "ap_fixed<18,8>", null, null, 256),
    ];

    // hls4ml's legacy softmax: input, result, table, TableSize (any size).
    private static readonly (string Input, string Result, string? Table, int Size)[] LegacySoftmaxTypes =
    [
        ("ap_fixed<16,6>", "ap_fixed<16,6>", null, 1024),
        ("ap_fixed<8,3,AP_RND,AP_SAT>", "ap_ufixed<8,0,AP_RND,AP_SAT>", "ap_fixed<10,4,AP_RND,AP_SAT>", 1000),
        ("ap_fixed<12,14>", "ap_fixed<16,6>", "ap_fixed<18,8>", 256),
        ("ap_ufixed<10,4>", "ap_fixed<12,2,AP_RND,AP_SAT>", "ap_ufixed<12,4,AP_RND_CONV,AP_SAT>", 300),
    ];

    private static readonly ActivationKind[] Functions =
        [ActivationKind.Sigmoid, ActivationKind.Tanh, ActivationKind.Elu, ActivationKind.Selu, ActivationKind.Softplus, ActivationKind.Softsign, ActivationKind.Probit];

    public static IReadOnlyList<TableCase> All()
    {
        var cases = new List<TableCase>();
        var rng = new Random(20240611);
        int k = 0;
        foreach (var t in ActivationTypes)
        {
            foreach (var f in Functions)
            {
                var input = FixedType.Parse(t.Input);
                var op = f == ActivationKind.Elu ? new ActivationOp(f, alpha: 0.7) : new ActivationOp(f);
                var node = MakeNode($"act{k}", op, new Shape(500), input, FixedType.Parse(t.Result),
                    new LayerPrecision(Table: FixedType.Parse(t.Table), TableSize: t.Size));
                cases.Add(new TableCase($"{f} {t.Input} table {t.Table} res {t.Result} N={t.Size}", node, input, 1, Inputs(rng, input, 500, 1)));
                k++;
            }
        }
        foreach (var t in SoftmaxTypes)
        {
            foreach (int n in new[] { 5, 10 })
            {
                var input = FixedType.Parse(t.Input);
                int rows = 500 / n;
                var node = MakeNode($"sm{k}", new SoftmaxOp(), new Shape(rows, n), input, FixedType.Parse(t.Result),
                    new LayerPrecision(Accum: Parse(t.Accum), ExpTable: Parse(t.Exp), InvTable: Parse(t.Inv), TableSize: t.Size));
                cases.Add(new TableCase($"Softmax n={n} {t.Input} res {t.Result} exp {t.Exp} inv {t.Inv} acc {t.Accum} N={t.Size}",
                    node, input, rows, Inputs(rng, input, rows * n, n)));
                k++;
            }
        }
        foreach (var variant in new[] { SoftmaxVariant.Stable, SoftmaxVariant.Latency })
        {
            foreach (var t in Hls4mlSoftmaxTypes)
            {
                foreach (int n in new[] { 3, 5, 10 })
                {
                    var input = FixedType.Parse(t.Input);
                    int rows = 2000 / n;
                    var precision = new LayerPrecision(Accum: FixedType.Parse(t.Accum), ExpTable: Parse(t.Exp), InvTable: Parse(t.Inv), TableSize: t.Size)
                        .With(PrecisionSlot.InvInp, Parse(t.InvInp)).With(PrecisionSlot.InpNorm, Parse(t.InpNorm));
                    var node = MakeNode($"sm{k}", new SoftmaxOp(variant), new Shape(rows, n), input, FixedType.Parse(t.Result), precision);
                    node.Hardware = new LayerHardware(Semantics: ArithmeticSemantics.Hls4ml);
                    cases.Add(new TableCase($"hls4ml {variant} softmax n={n} {t.Input} res {t.Result} exp {t.Exp} inv {t.Inv} acc {t.Accum} inv_inp {t.InvInp} inp_norm {t.InpNorm} N={t.Size}",
                        node, input, rows, Inputs(rng, input, rows * n, n)));
                    k++;
                }
            }
        }
        foreach (var t in LegacySoftmaxTypes)
        {
            foreach (int n in new[] { 3, 10 })
            {
                var input = FixedType.Parse(t.Input);
                int rows = 1000 / n;
                var node = MakeNode($"sm{k}", new SoftmaxOp(SoftmaxVariant.Legacy), new Shape(rows, n), input, FixedType.Parse(t.Result),
                    new LayerPrecision(Table: Parse(t.Table), TableSize: t.Size));
                node.Hardware = new LayerHardware(Semantics: ArithmeticSemantics.Hls4ml);
                cases.Add(new TableCase($"hls4ml legacy softmax n={n} {t.Input} res {t.Result} table {t.Table} N={t.Size}", node, input, rows, Inputs(rng, input, rows * n, n)));
                k++;
            }
        }
        return cases;
    }

    private static FixedType? Parse(string? s) => s is null ? null : FixedType.Parse(s);

    private static Node MakeNode(string name, Op op, Shape shape, FixedType input, FixedType result, LayerPrecision precision)
    {
        var x = new Value(name + "_in", shape) { Type = input };
        var node = new Node(name, op, [x], new Value(name + "_out", shape)) { Precision = precision };
        node.Output.Type = result;
        return node;
    }

    /// <summary>Raw inputs: edges, values around the table ranges (|x| up to 10), anything in the type, equal rows.</summary>
    private static long[] Inputs(Random rng, FixedType t, int count, int rowLength)
    {
        long min = t.MinRawInt64, max = t.MaxRawInt64;
        long Clamp(double v) => (long)Math.Clamp(Math.Round(v), min, max);
        long[] edges = [min, max, 0, Clamp(-1), Clamp(1), min + 1, max - 1,
            Clamp(-8 / t.Lsb), Clamp(8 / t.Lsb), Clamp(-4 / t.Lsb), Clamp(4 / t.Lsb), Clamp(8 / t.Lsb - 1), Clamp(-8 / t.Lsb - 1)];
        var raw = new long[count];
        for (int i = 0; i < count; i++)
        {
            int mode = rng.Next(4);
            raw[i] = i < edges.Length ? edges[i]
                : mode == 0 ? min + (long)(rng.NextDouble() * ((double)max - min))
                : Clamp((rng.NextDouble() * 20 - 10) / t.Lsb);
        }
        // A few softmax rows with all-equal values and rows with one large spread.
        for (int r = 0; rowLength > 1 && r + 2 * rowLength <= count && r < 4 * rowLength; r += 2 * rowLength)
            Array.Fill(raw, raw[r], r, rowLength);
        return raw;
    }
}
