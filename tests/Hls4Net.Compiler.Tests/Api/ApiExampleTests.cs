using System.Text.RegularExpressions;
using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.TestSupport;

namespace Hls4Net.Compiler.Tests.Api;

/// <summary>
/// docs/api.md's example runs here, exactly: the code between the markers below is the fenced block of the document
/// (checked by <see cref="TheDocumentedCodeIsTheTestedCode"/>).
/// </summary>
public sealed class ApiExampleTests
{
    private const string Begin = "// docs/api.md example: begin";
    private const string End = "// docs/api.md example: end";

    [Fact]
    public void TheDocumentedExampleRuns()
    {
        var repo = RepoPaths.RepoRoot;
        var workDir = Directory.CreateTempSubdirectory("hls4net-api-").FullName;
        try
        {
            // docs/api.md example: begin
            var model = HlsModel.Load(Path.Combine(repo, "samples", "jet_mlp.onnx"));

            var config = new ProjectConfig { ProjectName = "jet_tagger", IoType = IoType.IoParallel };
            config.Hls.Model.SetDefaultPrecision(FixedType.Parse("ap_fixed<16,6>"));
            config.Hls.Model.ReuseFactor = 4;
            var design = model.Configure(config);

            var samples = new SampleSetReader().Read(Path.Combine(repo, "samples", "jet_mlp_input.csv"));
            IReadOnlyList<double[]> outputs = design.Emulate(samples.Rows); // one row of class scores per sample

            string project = design.Write(Path.Combine(workDir, "jet_tagger_prj"), new WriteOptions { TestSamples = samples });
            // docs/api.md example: end

            Assert.Equal(8, samples.Count); // samples/jet_mlp_input.csv: a header and 8 rows of 16 features
            Assert.Equal(samples.Count, outputs.Count);
            var outputSize = design.Graph.Outputs.Sum(o => o.Shape.Size);
            Assert.All(outputs, row => Assert.Equal(outputSize, row.Length));
            var dense = design.Graph.Nodes.Where(n => n.Op is DenseOp).ToList();
            Assert.NotEmpty(dense);
            Assert.All(dense, n => Assert.Equal(4, n.Hardware.ReuseFactor));
            Assert.All(dense, n => Assert.Equal(FixedType.Parse("ap_fixed<16,6>"), n.Precision.Weight));
            Assert.True(File.Exists(Path.Combine(project, "firmware", "jet_tagger.cpp")));
            var predictions = File.ReadAllLines(Path.Combine(project, "tb_data", "tb_output_predictions.dat")).Where(l => l.Length > 0).ToList();
            Assert.Equal(samples.Count, predictions.Count);
        }
        finally
        {
            Directory.Delete(workDir, recursive: true);
        }
    }

    [Fact]
    public void TheDocumentedCodeIsTheTestedCode()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, "docs", "api.md"));
        var blocks = Regex.Matches(doc, "```csharp\n(.*?)```", RegexOptions.Singleline);
        Assert.Single(blocks);
        var source = File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, "tests", "Hls4Net.Compiler.Tests", "Api", "ApiExampleTests.cs"));
        var start = source.IndexOf(Begin + "\n", StringComparison.Ordinal);
        var end = source.IndexOf("            " + End, StringComparison.Ordinal);
        Assert.True(start > 0 && end > start, "the example markers are missing from the test");
        var tested = source[(start + Begin.Length + 1)..end];
        Assert.Equal(Lines(blocks[0].Groups[1].Value), Lines(tested));
    }

    /// <summary>The lines without their common indentation and trailing spaces.</summary>
    private static List<string> Lines(string text)
    {
        var lines = text.Replace("\r", "", StringComparison.Ordinal).TrimEnd('\n').Split('\n').Select(l => l.TrimEnd()).ToList();
        var indent = lines.Where(l => l.Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return lines.Select(l => l.Length == 0 ? l : l[indent..]).ToList();
    }
}
