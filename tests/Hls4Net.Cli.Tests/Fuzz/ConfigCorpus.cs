using System.Text;
using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Fuzz;

/// <summary>
/// Broken hls4ml-style YAML configs: a valid config for the jet_mlp sample, damaged line by line and character by
/// character (truncation, duplicated keys, bad indentation, hostile values and tags, anchors and aliases, several
/// documents, directives), run through convert -c, inspect -c and emulate -c.
/// </summary>
internal sealed class ConfigCorpus
{
    public const string Valid = """
        OnnxModel: model.onnx
        OutputDir: not_used_prj
        ProjectName: myproject
        Part: xcvu9p-flgb2104-2-e
        ClockPeriod: 5
        IOType: io_parallel
        InputData: x.csv
        HLSConfig:
          Model:
            Precision: ap_fixed<16,6>
            ReuseFactor: 1
            Strategy: Latency
          LayerType:
            Dense:
              ReuseFactor: 2
            Softmax:
              TableSize: 1024
              Precision:
                result: ap_fixed<18,8>
          LayerName:
            /fc1/Gemm:
              Precision:
                weight: ap_fixed<8,3,AP_RND,AP_SAT>
                accum: ap_fixed<24,10>
              ReuseFactor: 4

        """;

    private static readonly string[] HostileValues =
    [
        "", "~", "[]", "{}", "[1, [2, [3]]]", "&a x", "*a", "*undefined", "!!binary AAAA", "!!int abc", "!!float", "!!python/object:os.system",
        "99999999999999999999", "-1", "0", "1e400", ".nan", ".inf", "-.inf", "ap_fixed<100000,6>", "ap_fixed<16,600>", "ap_fixed<-3,2>",
        "ap_fixed<16,6,AP_XYZ,AP_SAT>", "fixed<8,3,RND,SAT>", "ap_int<0>", "ap_ufixed<1,1>", "ap_fixed<16,6", "'unterminated", "\"bad \\q escape\"",
        "|", ">-", "{a: *b}", "Resource", "io_stream", "../../../../tmp/x", "/dev/null", "/", "/proc/self/status", "\t", "%", "@x", "`x`",
        "? x", "- a\n- b", "{Precision: ap_fixed<16,6>}", "2147483648", "1.5", "yes", "null", "x: y: z", "[a, b", "{a: 1",
    ];

    private static readonly string[] Fragments =
    [
        "---\nOnnxModel: model.onnx\n", "...\n", "&a [*a]\n", "%YAML 9.9\n", "? [complex, key]\n: value\n", "HLSConfig: &h {Model: *h}\n",
        "Part: xcvu9p\nPart: xcku115\n", "\0\0\0", "\uFEFFOnnxModel: x\n", "LayerName: {" + new string('[', 2000) + "\n",
    ];

    private readonly FuzzRandom _rng;
    private int _n;

    public ConfigCorpus(FuzzRandom rng) => _rng = rng;

    public IEnumerable<FuzzCase> Generate(int count)
    {
        var model = File.ReadAllBytes(RepoPaths.Sample("jet_mlp.onnx"));
        var csv = File.ReadAllBytes(RepoPaths.Sample("jet_mlp_input.csv"));
        for (var i = 0; i < count; i++)
        {
            var text = Valid;
            var what = new List<string>();
            for (var k = _rng.Chance(25) ? 2 : 1; k > 0; k--) text = Mutate(text, what);
            var files = new Dictionary<string, byte[]> { ["cfg.yml"] = Encoding.UTF8.GetBytes(text), ["model.onnx"] = model, ["x.csv"] = csv };
            string[] args = (_n++ % 3) switch
            {
                0 => ["convert", "-c", "@in/cfg.yml", "-o", "@" + FuzzCase.ProjectFolder],
                1 => ["inspect", "-c", "@in/cfg.yml"],
                _ => ["emulate", "-c", "@in/cfg.yml", "--input", "@in/x.csv"],
            };
            yield return new FuzzCase("yaml", string.Join('+', what), files, args);
        }
    }

    private string Mutate(string text, List<string> what)
    {
        var lines = text.Split('\n').ToList();
        var i = _rng.Next(lines.Count);
        switch (_rng.Next(10))
        {
            case 0:
                var cut = _rng.Next(text.Length);
                what.Add($"truncate{cut}");
                return text[..cut];
            case 1:
                what.Add($"delete-line{i}");
                lines.RemoveAt(i);
                break;
            case 2:
                what.Add($"duplicate-line{i}");
                lines.Insert(i, lines[i]);
                break;
            case 3:
                what.Add($"indent-line{i}");
                lines[i] = _rng.Pick(new[] { " ", "   ", "\t", "" }) + (_rng.Chance(50) ? lines[i].TrimStart() : lines[i]);
                break;
            case 4:
            case 5:
            {
                var colon = lines[i].IndexOf(": ", StringComparison.Ordinal);
                var value = _rng.Pick(HostileValues);
                what.Add($"value-line{i}={value}");
                lines[i] = colon < 0 ? lines[i] + ": " + value : lines[i][..(colon + 2)] + value;
                break;
            }
            case 6:
            {
                var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
                var key = _rng.Pick(new[] { "", "?", "-", "[x]", "{y}", "&k", "*k", "!!str", "Model", "HLSConfig", "LayerName", "ReuseFactor", "Precision", "\"\"", "OnnxModel" });
                what.Add($"key-line{i}={key}");
                var indent = lines[i][..(lines[i].Length - lines[i].TrimStart().Length)];
                lines[i] = indent + key + (colon < 0 ? ":" : lines[i][colon..]);
                break;
            }
            case 7:
            {
                var j = _rng.Next(lines.Count);
                what.Add($"swap{i}-{j}");
                (lines[i], lines[j]) = (lines[j], lines[i]);
                break;
            }
            case 8:
            {
                var fragment = _rng.Pick(Fragments);
                what.Add("fragment");
                lines.Insert(i, fragment);
                break;
            }
            default:
            {
                var bytes = Encoding.UTF8.GetBytes(text);
                var (name, flipped) = ByteMutations.FlipBits(bytes, _rng);
                what.Add(name);
                return Encoding.UTF8.GetString(flipped);
            }
        }
        return string.Join('\n', lines);
    }
}
