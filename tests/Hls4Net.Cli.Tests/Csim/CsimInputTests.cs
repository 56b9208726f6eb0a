using System.Globalization;
using System.Text;
using Hls4Net.Backends.Vitis.Csim;
using Hls4Net.Csim;
using Hls4Net.Cli.Tests.Verify;
using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.TestSupport;
using Serilog.Core;

namespace Hls4Net.Cli.Tests.Csim;

/// <summary>
/// Issue 9 item 2 and issue 20 item 7: csim --input reads .csv/.npy/.dat like emulate and replaces the testbench inputs and
/// the expected predictions together (or nothing); projects are portable; headers that warn build and stay bit-exact.
/// </summary>
[StartsFirst(2)]
public sealed class CsimInputTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("hls4net-csim-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string Sub(string name) => Path.Combine(_dir.FullName, name);

    private static Dictionary<string, byte[]> TbData(string project) =>
        Directory.GetFiles(Path.Combine(project, "tb_data")).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

    private static List<double[]> Rows(string file) => new CsvSampleReader().Read(file).Rows.ToList();

    private string Convert(string sample, string name, params string[] more)
    {
        var prj = Sub(name);
        var run = CliRun.Of(["convert", sample, "-o", prj, .. more]);
        Assert.True(run.Code == 0, run.ToString());
        return prj;
    }

    /// <summary>A little-endian float64 .npy file (format 1.0) of the given rows.</summary>
    private static void WriteNpy(string path, IReadOnlyList<double[]> rows)
    {
        var header = $"{{'descr': '<f8', 'fortran_order': False, 'shape': ({rows.Count}, {rows[0].Length}), }}";
        header = header.PadRight(((10 + header.Length + 1 + 15) / 16 * 16) - 10 - 1) + "\n";
        var bytes = new List<byte> { 0x93 };
        bytes.AddRange(Encoding.ASCII.GetBytes("NUMPY"));
        bytes.AddRange([1, 0, (byte)(header.Length & 0xff), (byte)(header.Length >> 8)]);
        bytes.AddRange(Encoding.ASCII.GetBytes(header));
        foreach (var row in rows) foreach (var v in row) bytes.AddRange(BitConverter.GetBytes(v));
        File.WriteAllBytes(path, bytes.ToArray());
    }

    [Fact]
    public void A_moved_project_takes_csv_inputs_and_is_bit_exact_with_headers_that_warn()
    {
        // Convert from a model that is gone afterwards, then move the project: it must not depend on either place.
        var src = Sub("src");
        Directory.CreateDirectory(src);
        File.Copy(RepoPaths.Sample("jet_mlp.onnx"), Path.Combine(src, "jet_mlp.onnx"));
        var prj = Convert(Path.Combine(src, "jet_mlp.onnx"), "a");
        var config = File.ReadAllText(Path.Combine(prj, "hls4ml_config.yml"));
        Assert.DoesNotContain(_dir.FullName, config);
        Assert.Contains("OnnxModel: model/jet_mlp.onnx", config);
        var moved = Sub("moved");
        Directory.Move(prj, moved);
        Directory.Delete(src, recursive: true);

        var csv = RepoPaths.Sample("jet_mlp_input.csv");
        var run = CliRun.Of("csim", moved, "--input", csv, "--compare", "--ap-types", WarningHeaders.Dir);

        Assert.True(run.Code == 0, run.ToString());
        Assert.Equal(Rows(csv), Rows(Path.Combine(moved, "tb_data", "tb_input_features.dat")));
        // Bit-exact (exit 0) means the C simulation printed the emulator's values; the predictions are the emulator's.
        Assert.Equal(Rows(Path.Combine(moved, "tb_data", "csim_results.log")), Rows(Path.Combine(moved, "tb_data", "tb_output_predictions.dat")));
        Assert.Equal(Rows(csv).Count, Rows(Path.Combine(moved, "tb_data", "csim_results.log")).Count);
    }

    [Fact]
    public void An_io_stream_project_takes_npy_inputs_and_is_bit_exact_with_headers_that_warn()
    {
        // WarningHeaders has no hls_stream.h: the project's bundled copy fills in.
        var prj = Convert(RepoPaths.Sample("tiny_mlp.onnx"), "stream", "--io-type", "io_stream");
        var rng = new Random(3);
        var rows = Enumerable.Range(0, 40).Select(_ => Enumerable.Range(0, 8).Select(_ => Math.Round((rng.NextDouble() * 2 - 1) * 4, 4)).ToArray()).ToList();
        var npy = Sub("in.npy");
        WriteNpy(npy, rows);

        var run = CliRun.Of("csim", prj, "--input", npy, "--compare", "--ap-types", WarningHeaders.Dir);

        Assert.True(run.Code == 0, run.ToString());
        Assert.Equal(rows, Rows(Path.Combine(prj, "tb_data", "tb_input_features.dat")));
        Assert.Equal(Rows(Path.Combine(prj, "tb_data", "csim_results.log")), Rows(Path.Combine(prj, "tb_data", "tb_output_predictions.dat")));
    }

    [Fact]
    public void Dat_inputs_replace_inputs_and_predictions_together_and_disposing_puts_the_old_ones_back()
    {
        var init = Sub("init.csv");
        File.WriteAllText(init, "1,1,1,1,1,1,1,1\n-1,0,1,0,-1,0,1,0\n");
        var prj = Convert(RepoPaths.Sample("tiny_mlp.onnx"), "p", "--input", init);
        var before = TbData(prj);
        var dat = Sub("in.dat");
        File.WriteAllText(dat, "0.5 -1 2 0.25 1 1 -3 0\n1 2 3 4 5 6 7 8\n");
        var model = new ModelCompiler(Logger.None).Compile(new CompileRequest(null, null, Path.Combine(prj, "hls4ml_config.yml"), new ConfigOverrides()));
        var expected = EmulationRunner.Rows(new EmulationRunner().Run(model.Graph, new SampleSetReader().Read(dat)));

        using (new TestbenchInputWriter().Install(prj, dat, model))
        {
            Assert.Equal(Rows(dat), Rows(Path.Combine(prj, "tb_data", "tb_input_features.dat")));
            Assert.Equal(expected, Rows(Path.Combine(prj, "tb_data", "tb_output_predictions.dat")));
        }
        var after = TbData(prj);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (name, bytes) in before) Assert.Equal(bytes, after[name]);

        var swap = new TestbenchInputWriter().Install(prj, dat, model);
        swap.Keep();
        swap.Dispose();
        Assert.Equal(expected, Rows(Path.Combine(prj, "tb_data", "tb_output_predictions.dat")));
        Assert.Equal(["tb_input_features.dat", "tb_output_predictions.dat"], Directory.GetFiles(Path.Combine(prj, "tb_data")).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_bad_input_file_touches_nothing()
    {
        var prj = Convert(RepoPaths.Sample("jet_mlp.onnx"), "p", "--input", RepoPaths.Sample("jet_mlp_input.csv"));
        var before = TbData(prj);
        var bad = Sub("bad.csv");
        File.WriteAllText(bad, "1,2,3\n4,5,6\n");

        var run = CliRun.Of("csim", prj, "--input", bad, "--compare");

        Assert.True(run.Code != 0, run.ToString());
        Assert.Single(run.ErrorLines());
        Assert.Contains("bad.csv", run.ErrorLines()[0]);
        var after = TbData(prj);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (name, bytes) in before) Assert.Equal(bytes, after[name]);
    }

    [Fact]
    public void A_failed_build_puts_the_old_inputs_back_and_quotes_the_compiler()
    {
        var prj = Convert(RepoPaths.Sample("jet_mlp.onnx"), "p", "--input", RepoPaths.Sample("jet_mlp_input.csv"));
        var before = TbData(prj);
        var broken = Sub("broken");
        Directory.CreateDirectory(broken);
        File.WriteAllText(Path.Combine(broken, "ap_fixed.h"), "#error these ap_types are broken\n");
        var csv = Sub("new.csv");
        File.WriteAllText(csv, string.Join("\n", Enumerable.Range(0, 3).Select(i => string.Join(",", Enumerable.Range(0, 16).Select(j => ((i + j) * 0.125).ToString(CultureInfo.InvariantCulture))))));

        var run = CliRun.Of("csim", prj, "--input", csv, "--ap-types", broken);

        Assert.True(run.Code != 0, run.ToString());
        Assert.Single(run.ErrorLines());
        Assert.Contains("C simulation build failed", run.ErrorLines()[0]);
        Assert.Contains("#error these ap_types are broken", run.ErrorLines()[0]);
        var after = TbData(prj);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (name, bytes) in before) Assert.Equal(bytes, after[name]);
    }
}
