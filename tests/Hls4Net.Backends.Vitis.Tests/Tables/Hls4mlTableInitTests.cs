using System.Globalization;
using System.Text;
using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Lowering.Tables;
using Hls4Net.TestSupport;

namespace Hls4Net.Backends.Vitis.Tests.Tables;

/// <summary>
/// The hls4ml softmax tables that C# computes (and the projects embed) equal tables initialised in C++ the way hls4ml
/// describes it: the entry value read from the index type's raw bits with <c>to_float()</c>, <c>std::exp(float)</c> or a
/// float reciprocal (0 as FLT_MIN), assigned to the table type (its own rounding and overflow). Checks that
/// <c>MathF.Exp</c> is the C library's expf and that the float-to-ap_fixed stores agree, for every case of
/// <see cref="TableCaseFactory"/>.
/// </summary>
public sealed class Hls4mlTableInitTests
{
    [Fact]
    public void CSharpTablesEqualTablesInitialisedInCpp() => Check(Path.Combine(new TemplateLocator().Root, "vitis", "ap_types"), "hls4ml_table_init");

    [VendorApTypesFact]
    [Trait("Lane", "Slow")]
    public void CSharpTablesEqualTablesInitialisedInCppWithXilinxApTypes() => Check(VendorApTypes.IncludeDir, "hls4ml_table_init_xilinx");

    private static void Check(string apTypes, string name)
    {
        var cases = TableCaseFactory.All().Where(c => c.Node.Op is SoftmaxOp { IsHls4mlTable: true }).ToList();
        var sb = new StringBuilder("#include <cfloat>\n#include <cmath>\n#include <cstdio>\n#include \"ap_fixed.h\"\n\n");
        var expected = new List<string>();
        int k = 0;
        foreach (var c in cases)
        {
            var op = (SoftmaxOp)c.Node.Op;
            if (op.Variant == SoftmaxVariant.Legacy)
            {
                var plan = Hls4mlLegacySoftmaxPlan.Create(c.Node, c.InputType);
                sb.AppendLine($"static void t{k}() {{\n    typedef {plan.TableType} table_t;\n    const int N = {plan.Size};");
                sb.AppendLine("    for (int ii = 0; ii < N; ii++) { float in_val = 2 * 8.0 * (ii - N / 2.0) / N; table_t e = std::exp(in_val); "
                    + "printf(\"%lld \", (long long)e.range().to_int64()); }\n    printf(\"|\");");
                sb.AppendLine("    for (int ii = 0; ii < N; ii++) { float in_val = 64.0 * ii / N; table_t v = in_val > 0 ? 1.0f / in_val : 0.0f; "
                    + "printf(\"%lld \", (long long)v.range().to_int64()); }\n    printf(\"\\n\");\n}");
                expected.Add(Codes(plan.ExpRaw, plan.TableType) + "|" + Codes(plan.InvRaw, plan.TableType));
            }
            else
            {
                var plan = Hls4mlSoftmaxPlan.Create(c.Node, c.InputType);
                sb.AppendLine($"static void t{k}() {{\n    typedef {plan.ExpIndexType} index_t;\n    typedef {plan.InvInpType} inv_inp_t;");
                sb.AppendLine($"    typedef {plan.ExpType} exp_table_t;\n    typedef {plan.InvType} inv_table_t;");
                sb.AppendLine($"    for (unsigned i = 0; i < {plan.ExpSize}u; i++) {{ index_t x = 0; x.range({plan.ExpIndexType.Width - 1}, {plan.ExpIndexType.Width - plan.ExpBits}) = i; "
                    + $"float v = x.to_float(); exp_table_t e = std::exp({(op.Variant == SoftmaxVariant.Stable ? "-v" : "v")}); printf(\"%lld \", (long long)e.range().to_int64()); }}\n    printf(\"|\");");
                sb.AppendLine($"    for (unsigned i = 0; i < {plan.InvSize}u; i++) {{ inv_inp_t x = 0; x.range({plan.InvInpType.Width - 1}, {plan.InvInpType.Width - plan.InvBits}) = i; "
                    + "float v = x.to_float(); if (v == 0) v = FLT_MIN; inv_table_t t = 1.0f / v; printf(\"%lld \", (long long)t.range().to_int64()); }\n    printf(\"\\n\");\n}");
                expected.Add(Codes(plan.ExpRaw, plan.ExpType) + "|" + Codes(plan.InvRaw, plan.InvType));
            }
            k++;
        }
        sb.AppendLine("int main() {");
        for (int i = 0; i < k; i++) sb.AppendLine($"    t{i}();");
        sb.AppendLine("    return 0;\n}");

        var exe = NativeProgram.Build(name, sb.ToString(), ["-std=c++14", "-O1"], [apTypes]);
        var run = NativeProgram.Run(exe, []);
        Assert.True(run.ExitCode == 0, NativeProgram.Head(run.StdErr));
        var lines = run.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(cases.Count, lines.Length);
        for (int i = 0; i < cases.Count; i++) Assert.True(FirstDifference(expected[i], lines[i]) is null, $"case {i} ({cases[i].Name}): {FirstDifference(expected[i], lines[i])}");
        Assert.True(cases.Count >= 30, $"only {cases.Count} cases");
    }

    /// <summary>Null when both list the same codes (tokens), else the first difference.</summary>
    private static string? FirstDifference(string want, string got)
    {
        var w = want.Replace("|", " | ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var g = got.Replace("|", " | ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int j = 0; j < Math.Min(w.Length, g.Length); j++)
        {
            if (w[j] != g[j]) return $"token {j}: C# {w[j]}, C++ {g[j]} ({w.Length} vs {g.Length} tokens)";
        }
        return w.Length == g.Length ? null : $"{w.Length} vs {g.Length} tokens";
    }

    /// <summary>Raw codes as the W-bit unsigned pattern, as <c>range().to_int64()</c> prints them.</summary>
    private static string Codes(long[] raw, FixedType type) =>
        string.Join(" ", raw.Select(r => (type.Signed && r < 0 ? r + (1L << type.Width) : r).ToString(CultureInfo.InvariantCulture)));
}
