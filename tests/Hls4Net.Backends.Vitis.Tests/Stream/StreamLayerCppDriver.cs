using System.Globalization;
using System.Text;
using Hls4Net.Backends.Cpp.Templates;
using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Backends.Vitis.Project;
using Hls4Net.Backends.Vitis.Tests.Conv;
using Hls4Net.Core.Config;
using Hls4Net.Core.Handlers;
using Hls4Net.Core.Ir;
using Hls4Net.Ops;
using Hls4Net.TestSupport;

namespace Hls4Net.Backends.Vitis.Tests.Stream;

/// <summary>
/// The io_stream twin of <see cref="LayerCppDriver"/>: one C++ program holding every case's io_stream code as the
/// real emitters produce it (element typedefs nnet::array&lt;T, N&gt; packed as <see cref="StreamPacking"/> says,
/// weights, config struct, the *_stream call), compiled once with g++ -std=c++14 -Wall -Wextra -Werror -O1 against
/// templates/vitis through <see cref="NativeProgram"/> (shared by content hash). Each case writes its raw inputs into hls::stream FIFOs, runs the layer, reads every output
/// element and checks that every FIFO is drained. Returns the raw outputs (low W bits) per case, sample-major.
/// </summary>
internal static class StreamLayerCppDriver
{
    public static Dictionary<int, long[]> Run(IReadOnlyList<LayerCase> cases)
    {
        var locator = new TemplateLocator();
        var renderer = new TemplateRenderer(locator.Folders);
        var emitters = StandardOps.Create().Emitters();
        var src = new StringBuilder("""
            #include <cstdio>
            #include "nnet_common.h"
            #include "nnet_types.h"
            #include "nnet_conv_stream.h"
            #include "nnet_pooling_stream.h"
            #include "nnet_padding_stream.h"
            #include "nnet_transpose_stream.h"
            #include "nnet_upsample_stream.h"
            #include "nnet_merge_stream.h"

            template <class T> long long raw_of(const T &v) { return (long long)v.range(T::width - 1, 0).to_uint64(); }

            """);
        foreach (var c in cases) src.Append(CaseCode(c, renderer, emitters));
        src.Append("int main(int argc, char **argv) {\n    if (argc != 2) return 3;\n    FILE *f = std::fopen(argv[1], \"r\");\n    if (!f) return 3;\n");
        src.Append("    static long long in[1 << 16];\n    int id, n;\n    while (std::fscanf(f, \"%d %d\", &id, &n) == 2) {\n");
        src.Append("        for (int i = 0; i < n; i++) if (std::fscanf(f, \"%lld\", &in[i]) != 1) return 4;\n        switch (id) {\n");
        foreach (var c in cases) src.Append(CultureInfo.InvariantCulture, $"        case {c.Id}: c{c.Id}::run(in); break;\n");
        src.Append("        default: return 5;\n        }\n    }\n    std::fclose(f);\n    return 0;\n}\n");

        var nnet = Path.Combine(locator.Root, "vitis", "nnet_utils");
        var ap = Path.Combine(locator.Root, "vitis", "ap_types");
        var exe = NativeProgram.Build("stream_layers", src.ToString(), ["-std=c++14", "-Wall", "-Wextra", "-Werror", "-O1"], [nnet, ap]);
        var dir = Directory.CreateTempSubdirectory("hls4net-stream-").FullName;
        try
        {
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
            var inputFile = Path.Combine(dir, "in.txt");
            File.WriteAllText(inputFile, input.ToString());
            var run = NativeProgram.Run(exe, [inputFile], workDir: dir, timeout: TimeSpan.FromMinutes(5));
            if (run.ExitCode != 0) throw new InvalidOperationException($"stream driver exited with {run.ExitCode}: {run.StdErr}");
            var results = new Dictionary<int, List<long>>();
            foreach (var line in run.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = line.Split(' ');
                var id = int.Parse(parts[0], CultureInfo.InvariantCulture);
                if (!results.TryGetValue(id, out var list)) results[id] = list = new();
                // A FIFO left with data (or read while empty) makes the case print "x" instead of values: a count mismatch.
                list.AddRange(parts.Skip(1).Select(p => p == "x" ? long.MinValue : long.Parse(p, CultureInfo.InvariantCulture)));
            }
            return results.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    private static string CaseCode(LayerCase c, TemplateRenderer renderer, OpHandlerSet<ILayerEmitter> emitters)
    {
        var node = c.Node;
        var inputs = node.Inputs;
        var context = LayerCaseContext.For(c, renderer, new ProjectConfig { IoType = IoType.IoStream });
        var code = emitters.Get(node).Emit(context);
        if (!code.SupportsStream) throw new InvalidOperationException($"{c}: the emitter has no io_stream code");
        var outShape = node.Output.Shape;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"namespace c{c.Id} {{\n// {c}\n");
        for (var i = 0; i < inputs.Count; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"typedef {inputs[i].Type} in{i}_s;\ntypedef {StreamPacking.ElementType($"in{i}_s", inputs[i].Shape)} in{i}_t;\n");
        }
        sb.Append(CultureInfo.InvariantCulture, $"typedef {node.Output.Type} res_s;\ntypedef {StreamPacking.ElementType("res_s", outShape)} res_t;\n");
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
            var elements = StreamPacking.Elements(inputs[i].Shape);
            sb.Append(CultureInfo.InvariantCulture, $$"""
                    hls::stream<in{{i}}_t> x{{i}}("x{{i}}");
                    for (int e = 0; e < {{elements}}; e++) {
                        in{{i}}_t v;
                        for (unsigned j = 0; j < in{{i}}_t::size; j++) v[j] = nnet::fixed_from_raw<in{{i}}_s>(in[k++]);
                        x{{i}}.write(v);
                    }

                """);
        }
        sb.Append("    hls::stream<res_t> r(\"r\");\n");
        sb.Append("    ").Append(code.Call.Replace("\n", "\n    ")).Append('\n');
        var drained = string.Join(" && ", inputs.Select((_, i) => $"x{i}.empty()"));
        sb.Append(CultureInfo.InvariantCulture, $$"""
                std::printf("%d", {{c.Id}});
                if ((int)r.size() != {{StreamPacking.Elements(outShape)}} || !({{drained}})) {
                    std::printf(" x\n");
                    return;
                }
                for (int e = 0; e < {{StreamPacking.Elements(outShape)}}; e++) {
                    const res_t v = r.read();
                    for (unsigned j = 0; j < res_t::size; j++) std::printf(" %lld", raw_of(v[j]));
                }
                std::printf("\n");
                (void)k;
            }
            }

            """);
        return sb.ToString();
    }
}
