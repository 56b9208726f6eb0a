using System.Globalization;
using System.Text;
using Hls4Net.Backends.Cpp.Templates;
using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Config;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.TestSupport;

namespace Hls4Net.Backends.Vitis.Tests.Conv;

/// <summary>
/// Writes one C++ program with every case's code as produced by the real emitters (typedefs, weights, config struct,
/// call), compiles it with g++ -std=c++14 -Wall -Wextra -Werror -O1 against templates/vitis, runs it on all the
/// cases' raw inputs and returns the raw outputs (low W bits) per case, sample-major. With <c>apTypes</c> (Xilinx's
/// headers) those come first on the include path, our folder after them, no -Werror, and -DNDEBUG (see CppKernelDriver).
/// </summary>
internal static class LayerCppDriver
{
    private static readonly Dictionary<Type, ILayerEmitter> Emitters = new ILayerEmitter[]
    {
        new Conv1DEmitter(), new Conv2DEmitter(), new DepthwiseConv1DEmitter(), new DepthwiseConv2DEmitter(),
        new Pool1DEmitter(), new Pool2DEmitter(), new GlobalPoolEmitter(), new ZeroPadEmitter(), new CropEmitter(),
        new TransposeEmitter(), new UpsampleEmitter(), new ConcatEmitter(), new ElementwiseEmitter(),
    }.ToDictionary(e => e.OpType);

    public static Dictionary<int, long[]> Run(IReadOnlyList<LayerCase> cases, string? apTypes = null)
    {
        var locator = new TemplateLocator();
        var renderer = new TemplateRenderer(locator.Folders);
        var src = new StringBuilder("""
            #include <cstdio>
            #include "nnet_common.h"
            #include "nnet_conv1d.h"
            #include "nnet_conv2d.h"
            #include "nnet_pooling.h"
            #include "nnet_padding.h"
            #include "nnet_transpose.h"
            #include "nnet_upsample.h"
            #include "nnet_merge.h"

            template <class T> long long raw_of(const T &v) { return (long long)v.range(T::width - 1, 0).to_uint64(); }

            """);
        foreach (var c in cases) src.Append(CaseCode(c, renderer));
        src.Append("int main() {\n    static long long in[1 << 16];\n    int id, n;\n    while (std::scanf(\"%d %d\", &id, &n) == 2) {\n");
        src.Append("        for (int i = 0; i < n; i++) if (std::scanf(\"%lld\", &in[i]) != 1) return 4;\n        switch (id) {\n");
        foreach (var c in cases) src.Append(CultureInfo.InvariantCulture, $"        case {c.Id}: c{c.Id}::run(in); break;\n");
        src.Append("        default: return 5;\n        }\n    }\n    return 0;\n}\n");

        {
            var nnet = Path.Combine(locator.Root, "vitis", "nnet_utils");
            var ap = Path.Combine(locator.Root, "vitis", "ap_types");
            var flags = apTypes is null ? new[] { "-std=c++14", "-Wall", "-Wextra", "-Werror", "-O1" } : ["-std=c++14", "-Wall", "-Wextra", "-O1", "-DNDEBUG"];
            string[] includes = apTypes is null ? [nnet, ap] : [nnet, apTypes, ap];
            var exe = NativeProgram.Build("layers", src.ToString(), flags, includes);
            var input = new StringBuilder();
            foreach (var c in cases)
            {
                for (var s = 0; s < c.Batch; s++)
                {
                    var raw = c.Inputs.SelectMany(t => t.Sample(s).ToArray()).ToArray();
                    input.Append(c.Id).Append(' ').Append(raw.Length);
                    foreach (var v in raw) input.Append(' ').Append(v.ToString(CultureInfo.InvariantCulture));
                    input.Append('\n');
                }
            }
            var (rc, stdout, stderr) = NativeProgram.Run(exe, [], stdin: input.ToString(), timeout: TimeSpan.FromMinutes(5));
            if (rc != 0) throw new InvalidOperationException($"driver exited with {rc}: {stderr}");
            var results = new Dictionary<int, List<long>>();
            foreach (var line in stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = line.Split(' ');
                var id = int.Parse(parts[0], CultureInfo.InvariantCulture);
                if (!results.TryGetValue(id, out var list)) results[id] = list = new();
                list.AddRange(parts.Skip(1).Select(p => long.Parse(p, CultureInfo.InvariantCulture)));
            }
            return results.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
        }
    }

    private static string CaseCode(LayerCase c, TemplateRenderer renderer)
    {
        var node = c.Node;
        var inputs = node.Inputs;
        var context = LayerCaseContext.For(c, renderer, new ProjectConfig());
        var code = Emitters[node.Op.GetType()].Emit(context);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"namespace c{c.Id} {{\n// {c}\n");
        for (var i = 0; i < inputs.Count; i++) sb.Append(CultureInfo.InvariantCulture, $"typedef {inputs[i].Type} in{i}_t;\n");
        sb.Append(CultureInfo.InvariantCulture, $"typedef {node.Output.Type} res_t;\n");
        foreach (var t in code.TypeDefinitions) sb.Append(CultureInfo.InvariantCulture, $"typedef {t.Type} {t.Name};\n");
        foreach (var w in code.Weights)
        {
            sb.Append(CultureInfo.InvariantCulture, $"static const {w.TypeName} {w.Name}[{w.Raw.Length}] = {{");
            sb.Append(string.Join(", ", w.Raw.Select(r => $"nnet::fixed_from_raw<{w.TypeName}>({r}LL)")));
            sb.Append("};\n");
        }
        sb.Append(code.Config).Append('\n');
        sb.Append("void run(const long long *in) {\n    int k = 0;\n");
        for (var i = 0; i < inputs.Count; i++)
        {
            var n = inputs[i].Shape.Size;
            sb.Append(CultureInfo.InvariantCulture, $"    in{i}_t x{i}[{n}];\n    for (int j = 0; j < {n}; j++) x{i}[j] = nnet::fixed_from_raw<in{i}_t>(in[k++]);\n");
        }
        sb.Append(CultureInfo.InvariantCulture, $"    res_t r[{node.Output.Shape.Size}];\n");
        sb.Append("    ").Append(code.Call.Replace("\n", "\n    ")).Append('\n');
        sb.Append(CultureInfo.InvariantCulture, $"    std::printf(\"%d\", {c.Id});\n    for (int j = 0; j < {node.Output.Shape.Size}; j++) std::printf(\" %lld\", raw_of(r[j]));\n    std::printf(\"\\n\");\n    (void)k;\n}}\n}}\n");
        return sb.ToString();
    }
}
