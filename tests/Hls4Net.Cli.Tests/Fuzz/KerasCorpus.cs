using System.Text;

namespace Hls4Net.Cli.Tests.Fuzz;

/// <summary>
/// Corrupt Keras inputs: model JSON (structural and byte damage), weights .h5 in Keras 2 and Keras 3 layouts
/// (byte damage, and hostile shapes, values, names and declared sizes written through HDF5 itself), full-model .h5
/// files and .keras archives.
/// </summary>
internal sealed class KerasCorpus
{
    private readonly FuzzRandom _rng;
    private readonly KerasFixture _fixture;
    private int _n;

    public KerasCorpus(FuzzRandom rng, string scratch)
    {
        _rng = rng;
        _fixture = new KerasFixture(scratch, rng);
    }

    public IEnumerable<FuzzCase> Generate(int jsonCases, int byteCases)
    {
        var csv = OnnxCorpus.Csv(4, 3);
        var weights2 = _fixture.Keras2Weights();
        var weights3 = _fixture.Keras3Weights();

        // Model JSON next to valid weights.
        foreach (var (label, json) in new[] { ("seq", KerasFixture.Sequential), ("func", KerasFixture.Functional) })
        {
            for (var i = 0; i < jsonCases; i++)
            {
                var text = JsonMutations.Mutate(json, _rng, out var what);
                if (_rng.Chance(30)) text = JsonMutations.Mutate(text, _rng, out var more);
                yield return JsonCase("keras-json", $"{label}-{what}", Encoding.UTF8.GetBytes(text), weights2, csv);
            }
            foreach (var (what, bytes) in ByteMutations.Generate(Encoding.UTF8.GetBytes(json), _rng, byteCases / 2))
            {
                yield return JsonCase("keras-json-bytes", $"{label}-{what}", bytes, weights2, csv);
            }
        }

        // Weights files damaged byte by byte, both layouts.
        foreach (var (label, w) in new[] { ("keras2", weights2), ("keras3", weights3) })
        {
            foreach (var (what, bytes) in ByteMutations.Generate(w, _rng, byteCases))
            {
                yield return JsonCase("h5-bytes", $"{label}-{what}", Encoding.UTF8.GetBytes(KerasFixture.Sequential), bytes, csv);
            }
        }

        // Weights with hostile content, written through HDF5 (so the files are well-formed).
        foreach (var (what, edit) in WeightEdits())
        {
            yield return JsonCase("h5-structure", $"keras2-{what}", Encoding.UTF8.GetBytes(KerasFixture.Sequential), _fixture.Keras2Weights(edit), csv);
            yield return JsonCase("h5-structure", $"keras3-{what}", Encoding.UTF8.GetBytes(KerasFixture.Functional), _fixture.Keras3Weights(edit), csv);
            yield return ModelCase("h5-structure", $"full-{what}", "model.h5", _fixture.FullH5(KerasFixture.Sequential, edit), csv);
            yield return ModelCase("keras-structure", $"archive-{what}", "model.keras", KerasFixture.Archive(KerasFixture.Keras3Config, _fixture.Keras3Weights(edit)), csv);
        }
        foreach (var (what, names) in new (string, Func<string, string[]>)[]
        {
            ("names-missing-dataset", l => [$"{l}/kernel:0", $"{l}/nope:0"]),
            ("names-empty", _ => [""]),
            ("names-slashes", l => [$"/{l}//kernel:0", "../../bias:0"]),
            ("names-long", _ => [new string('k', 3000)]),
            ("names-kernel-twice", l => [$"{l}/kernel:0", $"{l}/kernel:0"]),
        })
        {
            yield return JsonCase("h5-structure", what, Encoding.UTF8.GetBytes(KerasFixture.Sequential), _fixture.Keras2Weights(null, names), csv);
        }

        // Full-model .h5: damaged bytes and hostile model_config attributes.
        var full = _fixture.FullH5(KerasFixture.Sequential);
        foreach (var (what, bytes) in ByteMutations.Generate(full, _rng, byteCases))
        {
            yield return ModelCase("h5-full-bytes", what, "model.h5", bytes, csv);
        }
        var configs = new List<(string, string?)> { ("no-config", null), ("empty", ""), ("brace", "{"), ("array", "[]"), ("number", "42"), ("nul", "\0") };
        for (var i = 0; i < jsonCases / 4; i++) configs.Add(("mutated", JsonMutations.Mutate(KerasFixture.Sequential, _rng, out _)));
        foreach (var (what, config) in configs)
        {
            yield return ModelCase("h5-full-config", what, "model.h5", _fixture.FullH5(config), csv);
        }

        // .keras archives.
        var archive = KerasFixture.Archive(KerasFixture.Keras3Config, weights3);
        foreach (var (what, bytes) in ByteMutations.Generate(archive, _rng, byteCases))
        {
            yield return ModelCase("keras-bytes", what, "model.keras", bytes, csv);
        }
        var archives = new List<(string, byte[])>
        {
            ("no-config", KerasFixture.Archive(null, weights3)),
            ("no-weights", KerasFixture.Archive(KerasFixture.Keras3Config, null)),
            ("empty-zip", KerasFixture.Archive(null, null)),
            ("keras2-weights", KerasFixture.Archive(KerasFixture.Keras3Config, weights2)),
            ("weights-not-h5", KerasFixture.Archive(KerasFixture.Keras3Config, Encoding.UTF8.GetBytes(KerasFixture.Keras3Config))),
            ("evil-entries", KerasFixture.Archive(KerasFixture.Keras3Config, weights3, ("../evil.h5", [1, 2, 3]), ("/abs/evil.json", [4]), ("dir/", []))),
            ("config-utf16", KerasFixture.Archive(Encoding.Unicode.GetString(Encoding.UTF8.GetBytes(KerasFixture.Keras3Config)), weights3)),
        };
        for (var i = 0; i < jsonCases / 4; i++)
        {
            archives.Add(("config-mutated", KerasFixture.Archive(JsonMutations.Mutate(KerasFixture.Keras3Config, _rng, out _), weights3)));
            archives.Add(("weights-damaged", KerasFixture.Archive(KerasFixture.Keras3Config, ByteMutations.FlipBits(weights3, _rng).Item2)));
        }
        foreach (var (what, bytes) in archives) yield return ModelCase("keras-structure", what, "model.keras", bytes, csv);
    }

    /// <summary>Hostile weight contents: wrong, empty, scalar, 3-D or huge declared shapes, NaN and infinity, missing weights.</summary>
    private static IEnumerable<(string, KerasFixture.WeightEdit)> WeightEdits()
    {
        (float[]?, long[]) Fill(float[] d, long[] dims, float v) => (d.Select(_ => v).ToArray(), dims);
        yield return ("kernel-wide", (l, w, d, dims) => w == "kernel" && l == "fc1" ? (new float[4 * 9], [4, 9]) : (d, dims));
        yield return ("kernel-tall", (l, w, d, dims) => w == "kernel" && l == "out" ? (new float[9 * 3], [9, 3]) : (d, dims));
        yield return ("kernel-3d", (l, w, d, dims) => w == "kernel" ? (d, [.. dims, 1]) : (d, dims));
        yield return ("kernel-1d", (l, w, d, dims) => w == "kernel" ? (d, [d.Length]) : (d, dims));
        yield return ("bias-scalar", (l, w, d, dims) => w == "bias" ? ([1f], []) : (d, dims));
        yield return ("bias-2d", (l, w, d, dims) => w == "bias" ? (d, [1, d.Length]) : (d, dims));
        yield return ("bias-missing", (l, w, d, dims) => w == "bias" ? (null, []) : (d, dims));
        yield return ("kernel-missing", (l, w, d, dims) => w == "kernel" ? (null, []) : (d, dims));
        yield return ("kernel-empty", (l, w, d, dims) => w == "kernel" ? ([], [0, dims[1]]) : (d, dims));
        yield return ("nan", (l, w, d, dims) => w == "kernel" ? Fill(d, dims, float.NaN) : (d, dims));
        yield return ("inf", (l, w, d, dims) => w == "bias" ? Fill(d, dims, float.PositiveInfinity) : (d, dims));
        yield return ("huge-values", (l, w, d, dims) => Fill(d, dims, 3e38f));
        yield return ("huge-declared", (l, w, d, dims) => w == "kernel" && l == "fc1" ? (null, [1L << 14, 1L << 14]) : (d, dims));
        yield return ("overflow-declared", (l, w, d, dims) => w == "kernel" ? (null, [1L << 16, 1L << 16]) : (d, dims));
        yield return ("int-overflow-dim", (l, w, d, dims) => w == "bias" ? (null, [(1L << 31) + 8]) : (d, dims));
    }

    private FuzzCase JsonCase(string category, string name, byte[] json, byte[] weights, byte[] csv) =>
        new(category, name, new Dictionary<string, byte[]> { ["model.json"] = json, ["w.h5"] = weights, ["x.csv"] = csv },
            OnnxCorpus.Command(_n++, "model.json", "w.h5"));

    private FuzzCase ModelCase(string category, string name, string file, byte[] model, byte[] csv) =>
        new(category, name, new Dictionary<string, byte[]> { [file] = model, ["x.csv"] = csv }, OnnxCorpus.Command(_n++, file));
}
