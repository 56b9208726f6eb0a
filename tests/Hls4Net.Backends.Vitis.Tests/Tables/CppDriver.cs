using System.Globalization;
using System.Text;
using Hls4Net.Backends.Cpp.Templates;
using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Config;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.TestSupport;

namespace Hls4Net.Backends.Vitis.Tests.Tables;

/// <summary>
/// Writes one C++ program that runs every case through the emitted config/call and our nnet headers, compiles it
/// once with g++ -std=c++14 -Wall -Wextra -Werror -O1 and returns the output raw codes per case.
/// </summary>
internal static class CppDriver
{
    public static string Generate(IReadOnlyList<TableCase> cases, TemplateRenderer renderer)
    {
        var sb = new StringBuilder();
        sb.AppendLine("#include <cstdio>\n#include \"ap_fixed.h\"\n#include \"nnet_activation_table.h\"\n#include \"nnet_softmax.h\"\n#include \"nnet_softmax_hls4ml.h\"\n");
        for (int k = 0; k < cases.Count; k++)
        {
            var c = cases[k];
            var id = c.Node.Name;
            var ctx = new LayerEmitContext
            {
                Node = c.Node, Index = k + 1, Id = id,
                InputTypeNames = [$"{id}_input_t"], InputVars = ["x"], OutputTypeName = $"{id}_result_t", OutputVar = "y",
                Config = new ProjectConfig(), Renderer = renderer,
            };
            ILayerEmitter emitter = c.Node.Op is SoftmaxOp ? new SoftmaxEmitter() : new TableActivationEmitter();
            var code = emitter.Emit(ctx);
            sb.AppendLine($"// case {k}: {c.Name}");
            sb.AppendLine($"typedef {c.InputType} {id}_input_t;");
            sb.AppendLine($"typedef {c.Node.Output.Type} {id}_result_t;");
            foreach (var t in code.TypeDefinitions) sb.AppendLine($"typedef {t.Type} {t.Name};");
            sb.AppendLine(code.Config);
            foreach (var w in code.Weights)
                sb.AppendLine($"static const long long {w.Name}_raw[{w.Raw.Length}] = {{{string.Join(",", w.Raw.Select(Lit))}}};");
            sb.AppendLine($"static const long long {id}_in_raw[{c.Inputs.Length}] = {{{string.Join(",", c.Inputs.Select(Lit))}}};");
            sb.AppendLine($"static void run_{id}() {{");
            foreach (var w in code.Weights)
                sb.AppendLine($"    static {w.TypeName} {w.Name}[{w.Raw.Length}];\n    for (int i = 0; i < {w.Raw.Length}; i++) {w.Name}[i].range() = {w.Name}_raw[i];");
            int n = c.Inputs.Length;
            sb.AppendLine($"    static {id}_input_t x[{n}];\n    static {id}_result_t y[{n}];");
            sb.AppendLine($"    for (int i = 0; i < {n}; i++) x[i].range() = {id}_in_raw[i];");
            sb.AppendLine("    " + code.Call.Replace("\n", "\n    "));
            sb.AppendLine($"    printf(\"case {k}\");");
            sb.AppendLine($"    for (int i = 0; i < {n}; i++) printf(\" %llu\", (unsigned long long)y[i].range().to_uint64());");
            sb.AppendLine("    printf(\"\\n\");\n}");
        }
        sb.AppendLine("int main() {");
        foreach (var c in cases) sb.AppendLine($"    run_{c.Node.Name}();");
        sb.AppendLine("    return 0;\n}");
        return sb.ToString();
    }

    private static string Lit(long v) => v == long.MinValue ? "(-9223372036854775807LL - 1)" : v.ToString(CultureInfo.InvariantCulture) + "LL";

    /// <summary>Compiles (through the shared, content-hashed g++ runner) and runs the program; returns stdout lines. Throws with the compiler output on failure.</summary>
    public static string[] CompileAndRun(string source, string templatesRoot, string workDir)
    {
        Directory.CreateDirectory(workDir);
        var vitis = Path.Combine(templatesRoot, "vitis");
        var exe = NativeProgram.Build("tables_driver", source, ["-std=c++14", "-Wall", "-Wextra", "-Werror", "-O1"],
            [Path.Combine(vitis, "ap_types"), Path.Combine(vitis, "nnet_utils")]);
        var run = NativeProgram.Run(exe, [], workDir: workDir);
        if (run.ExitCode != 0) throw new InvalidOperationException($"{exe} failed ({run.ExitCode}):\n{NativeProgram.Head(run.StdErr)}");
        return run.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
