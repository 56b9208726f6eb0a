using System.Globalization;
using System.Text;
using Hls4Net.Core.Ir;
using Hls4Net.Emulation;

namespace Hls4Net.Verification;

/// <summary>
/// Writes one CSV per traced layer (<c>NN_&lt;value&gt;.csv</c>, columns sample,index,emulator,float; one row per
/// value) and returns each layer's error against the float reference, so a user sees where the error grows.
/// </summary>
public sealed class TraceWriter
{
    private readonly string _directory;

    public TraceWriter(string directory) => _directory = directory;

    public IReadOnlyList<LayerTrace> Write(IReadOnlyList<Node> nodes, IReadOnlyDictionary<Node, FixedTensor> emulated, FloatRun reference)
    {
        Directory.CreateDirectory(_directory);
        var traces = new List<LayerTrace>();
        for (var k = 0; k < nodes.Count; k++)
        {
            var node = nodes[k];
            if (!reference.Layers.TryGetValue(node, out var expected))
            {
                var why = reference.Skipped.TryGetValue(node, out var s) ? s : "no float counterpart";
                traces.Add(new LayerTrace(node.Name, node.Output.Name, null, null, null, why));
                continue;
            }
            var actual = emulated[node].ToDoubles();
            var file = Path.Combine(_directory, $"{k + 1:D2}_{Sanitize(node.Output.Name)}.csv");
            File.WriteAllText(file, Csv(actual, expected, node.Output.Shape.Size));
            var error = ErrorStatistics.Compare(node.Output.Name, node.Output.Shape.Size, actual, expected);
            traces.Add(new LayerTrace(node.Name, node.Output.Name, file, error.MaxAbsError, error.MeanAbsError, null));
        }
        return traces;
    }

    private static string Csv(double[] actual, double[] expected, int size)
    {
        var sb = new StringBuilder("sample,index,emulator,float\n");
        for (var i = 0; i < actual.Length; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{i / size},{i % size},{actual[i]:R},{expected[i]:R}\n");
        }
        return sb.ToString();
    }

    private static string Sanitize(string name)
    {
        var chars = name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' ? c : '_').ToArray();
        return chars.Length == 0 ? "layer" : new string(chars);
    }
}
