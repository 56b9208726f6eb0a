using System.Diagnostics;
using System.Text;
using Hls4Net.TestSupport;

namespace Hls4Net.Core.Tests.Numerics;

/// <summary>Writes C++ translation units that print raw bits with the ap_types headers, compiles them with g++
/// in parallel (shared g++ runner) and returns the printed lines.</summary>
internal static class CppHarness
{
    public const string Prelude = """
        #include <ap_fixed.h>
        #include <ap_int.h>
        #include <cstdio>
        #include <cstring>
        // Raw bits via the standard bit-select API only, printed as W/4 hex digits (MSB first).
        template <class T> void pr(T x, int w) {
          char buf[300]; int nd = (w + 3) / 4;
          for (int d = 0; d < nd; d++) {
            int v = 0;
            for (int b = 3; b >= 0; b--) { int i = (nd - 1 - d) * 4 + b; v <<= 1; if (i < w) { bool bit = x[i]; if (bit) v |= 1; } }
            buf[d] = "0123456789abcdef"[v];
          }
          buf[nd] = 0; std::puts(buf);
        }
        template <class T> T mk(const char* hex, int w) {
          T x = 0; int n = (int)std::strlen(hex);
          for (int i = 0; i < w; i++) {
            int c = hex[n - 1 - i / 4]; int v = c <= '9' ? c - '0' : c - 'a' + 10;
            x[i] = (bool)((v >> (i % 4)) & 1);
          }
          return x;
        }
        static double dbl(unsigned long long bits) { double d; std::memcpy(&d, &bits, 8); return d; }
        template <class T, int W> void conv(const unsigned long long* v, int n) {
          for (int i = 0; i < n; i++) { T x = dbl(v[i]); pr(x, W); }
        }
        template <class TA, class TB, class TC, int WA, int WB, int WC> void ar(const char* const* v, int n) {
          for (int i = 0; i < n; i++) {
            TA a = mk<TA>(v[2 * i], WA); TB b = mk<TB>(v[2 * i + 1], WB);
            TC c1(a + b); pr(c1, WC); TC c2(a - b); pr(c2, WC); TC c3(a * b); pr(c3, WC); TC c4(a); pr(c4, WC);
          }
        }

        """;

    /// <summary>Builds the TU source for a set of groups.</summary>
    public static string Source(IEnumerable<HeaderCaseGroup> groups)
    {
        var data = new StringBuilder(Prelude);
        var main = new StringBuilder("int main() {\n");
        foreach (var g in groups)
        {
            data.Append(g.CppData).Append('\n');
            main.Append("  ").Append(g.CppCall).Append('\n');
        }
        main.Append("  return 0;\n}\n");
        return data.Append(main).ToString();
    }

    /// <summary>Compiles (shared, content-hashed <see cref="NativeProgram"/> runner) and runs each source in parallel;
    /// returns stdout lines per source and the compile wall time.</summary>
    public static (List<string[]> Outputs, TimeSpan CompileTime) CompileAndRun(string includeDir, IReadOnlyList<string> sources)
    {
        var exes = new string[sources.Count];
        var sw = Stopwatch.StartNew();
        Parallel.For(0, sources.Count, new ParallelOptions { MaxDegreeOfParallelism = sources.Count }, i =>
        {
            exes[i] = NativeProgram.Build($"tu{i}", sources[i], ["-std=c++14", "-O1", "-w"], [includeDir]);
        });
        var compile = sw.Elapsed;
        var outputs = new List<string[]>();
        foreach (var exe in exes)
        {
            var (code, stdout, err) = NativeProgram.Run(exe, [], timeout: TimeSpan.FromMinutes(5));
            if (code != 0)
                throw new InvalidOperationException($"{exe} exited with {code}:\n{NativeProgram.Head(err)}");
            outputs.Add(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
        return (outputs, compile);
    }
}
