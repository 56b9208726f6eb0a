using System.Globalization;
using System.Text;
using Hls4Net.TestSupport;

namespace Hls4Net.Backends.Vitis.Tests.Kernels;

/// <summary>
/// Compiles the cases' C++ (our nnet_utils kernels and ap_types headers) into one program with
/// g++ -std=c++14 -Wall -Wextra -Werror -O1, feeds it raw input codes and returns the raw output codes it prints.
/// With <c>apTypes</c> (Xilinx's headers) those come first on the include path, our folder after them, no -Werror, and
/// -DNDEBUG: Xilinx's open-source ap_fixed_base reads the rounding bit with an asserting get_bit before checking whether
/// it lies beyond the source's MSB (then it uses the sign, correctly), so conversions that drop more fraction bits than
/// the source is wide (generated here, e.g. accum F=29 to result F=-2) abort in a debug build.
/// </summary>
internal static class CppKernelDriver
{
    private const string Prelude = """
        #include <cstdio>
        #include "nnet_common.h"
        #include "nnet_dense.h"
        #include "nnet_batchnorm.h"
        #include "nnet_activation.h"

        // Raw stored bits of v (low W bits, zero-extended); the C# side sign-extends.
        template <class T> long long raw_of(const T &v) { return (long long)v.range(T::width - 1, 0).to_uint64(); }
        template <class T> void load(T *dst, const long long *raw, unsigned n) {
            for (unsigned i = 0; i < n; i++) dst[i] = nnet::fixed_from_raw<T>(raw[i]);
        }
        template <class T> void store(long long *dst, const T *v, unsigned n) {
            for (unsigned i = 0; i < n; i++) dst[i] = raw_of(v[i]);
        }

        """;

    /// <summary>For every (case, input row) pair, the raw codes printed by the C++ program (all variants concatenated).</summary>
    public static List<long[]> Run(string templatesRoot, IReadOnlyList<KernelCase> cases, IReadOnlyList<(KernelCase Case, long[] Input)> rows, string? apTypes = null)
    {
        var dir = Directory.CreateTempSubdirectory("hls4net-kernels-").FullName;
        try
        {
            var src = new StringBuilder(Prelude);
            foreach (var c in cases) src.Append(c.Cpp).Append('\n');
            src.Append("static int dispatch(int id, const long long *in, long long *out) {\n    switch (id) {\n");
            foreach (var c in cases)
            {
                src.Append(CultureInfo.InvariantCulture, $"    case {c.Id}: c{c.Id}::run(in, out); return {c.OutputSize * c.Variants};\n");
            }
            src.Append("    default: return -1;\n    }\n}\n");
            src.Append("""
                int main(int argc, char **argv) {
                    if (argc != 2) return 2;
                    FILE *f = std::fopen(argv[1], "r");
                    if (!f) return 3;
                    static long long in[65536], out[65536];
                    int id, n;
                    while (std::fscanf(f, "%d %d", &id, &n) == 2) {
                        for (int i = 0; i < n; i++) if (std::fscanf(f, "%lld", &in[i]) != 1) return 4;
                        const int m = dispatch(id, in, out);
                        if (m < 0) return 5;
                        std::printf("%d", id);
                        for (int i = 0; i < m; i++) std::printf(" %lld", out[i]);
                        std::printf("\n");
                    }
                    std::fclose(f);
                    return 0;
                }

                """);
            var nnet = Path.Combine(templatesRoot, "vitis", "nnet_utils");
            var ap = Path.Combine(templatesRoot, "vitis", "ap_types");
            var flags = apTypes is null ? new[] { "-std=c++14", "-Wall", "-Wextra", "-Werror", "-O1" } : ["-std=c++14", "-Wall", "-Wextra", "-O1", "-DNDEBUG"];
            string[] includes = apTypes is null ? [nnet, ap] : [nnet, apTypes, ap];
            var exe = NativeProgram.Build("kernels", src.ToString(), flags, includes, TimeSpan.FromMinutes(15));
            var input = new StringBuilder();
            foreach (var (c, raw) in rows)
            {
                input.Append(c.Id).Append(' ').Append(raw.Length);
                foreach (var v in raw) input.Append(' ').Append(v.ToString(CultureInfo.InvariantCulture));
                input.Append('\n');
            }
            var inFile = Path.Combine(dir, "inputs.txt");
            File.WriteAllText(inFile, input.ToString());
            var (rc, stdout, stderr) = NativeProgram.Run(exe, [inFile], timeout: TimeSpan.FromMinutes(5));
            if (rc != 0) throw new InvalidOperationException($"kernel driver exited with {rc}:\n{Head(stderr)}");
            var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(rows.Count, lines.Length);
            var results = new List<long[]>();
            for (var r = 0; r < lines.Length; r++)
            {
                var parts = lines[r].Split(' ');
                Assert.Equal(rows[r].Case.Id.ToString(CultureInfo.InvariantCulture), parts[0]);
                results.Add(parts.Skip(1).Select(p => long.Parse(p, CultureInfo.InvariantCulture)).ToArray());
            }
            return results;
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    private static string Head(string s) => s.Length <= 6000 ? s : s[..6000] + "...";
}
