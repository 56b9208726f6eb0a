using System.Globalization;
using Hls4Net.TestSupport;

namespace Hls4Net.Frontends.Tests.Keras;

/// <summary>
/// A committed fixture of tests/fixtures/keras (written by tools/keras_fixtures/make_keras_fixtures.py): the model file,
/// its inputs and the outputs of the generator's independent numpy forward pass (QKeras semantics), one sample a row.
/// </summary>
public sealed record KerasFixture(string ModelPath, double[][] Inputs, double[][] Expected)
{
    public static string Dir => Path.Combine(RepoPaths.RepoRoot, "tests", "fixtures", "keras");

    public static KerasFixture Load(string modelFile)
    {
        var stem = Path.GetFileNameWithoutExtension(modelFile);
        return new KerasFixture(Path.Combine(Dir, modelFile), Rows($"{stem}.input.csv"), Rows($"{stem}.expected.csv"));
    }

    private static double[][] Rows(string file) =>
        File.ReadAllLines(Path.Combine(Dir, file)).Where(l => l.Trim().Length > 0)
            .Select(l => l.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToArray();
}
