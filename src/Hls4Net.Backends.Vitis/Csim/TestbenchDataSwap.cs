namespace Hls4Net.Backends.Vitis.Csim;

/// <summary>
/// Replaces a project's tb_data/tb_input_features.dat and tb_data/tb_output_predictions.dat together, so that the
/// inputs and the expected outputs always belong to each other. Both new files are written completely beside the old
/// ones first; the old ones are kept until <see cref="Keep"/>. Disposing without <see cref="Keep"/> (e.g. when the
/// C simulation then fails) puts the old files back, so a failure touches nothing.
/// </summary>
public sealed class TestbenchDataSwap : IDisposable
{
    /// <summary>The testbench input file inside a project.</summary>
    public const string InputsFile = "tb_data/tb_input_features.dat";

    /// <summary>The expected-output file inside a project.</summary>
    public const string PredictionsFile = "tb_data/tb_output_predictions.dat";

    private readonly List<(string Target, string? Backup)> _installed = [];
    private bool _done;

    private TestbenchDataSwap()
    {
    }

    /// <summary>Install the new inputs and predictions (file contents) into <paramref name="projectDir"/>.</summary>
    public static TestbenchDataSwap Install(string projectDir, string inputsText, string predictionsText)
    {
        var tbData = Path.Combine(projectDir, "tb_data");
        Directory.CreateDirectory(tbData);
        var files = new[] { (Path.Combine(projectDir, InputsFile), inputsText), (Path.Combine(projectDir, PredictionsFile), predictionsText) };
        var tag = Guid.NewGuid().ToString("N");
        var fresh = files.Select(f => (f.Item1, New: f.Item1 + ".hls4net-new-" + tag, Text: f.Item2)).ToList();
        var swap = new TestbenchDataSwap();
        try
        {
            foreach (var f in fresh) File.WriteAllText(f.New, f.Text);
            foreach (var f in fresh)
            {
                string? backup = null;
                if (File.Exists(f.Item1))
                {
                    backup = f.Item1 + ".hls4net-old-" + tag;
                    File.Move(f.Item1, backup);
                }
                swap._installed.Add((f.Item1, backup));
                File.Move(f.New, f.Item1);
            }
            return swap;
        }
        catch
        {
            swap.Dispose();
            foreach (var f in fresh) TryDelete(f.New);
            throw;
        }
    }

    /// <summary>The C simulation succeeded: keep the new files and drop the old ones.</summary>
    public void Keep()
    {
        if (_done) return;
        _done = true;
        foreach (var (_, backup) in _installed)
        {
            if (backup is not null) TryDelete(backup);
        }
    }

    /// <summary>Put the old files back unless <see cref="Keep"/> was called.</summary>
    public void Dispose()
    {
        if (_done) return;
        _done = true;
        for (var i = _installed.Count - 1; i >= 0; i--)
        {
            var (target, backup) = _installed[i];
            if (backup is null)
            {
                TryDelete(target);
            }
            else
            {
                File.Move(backup, target, overwrite: true);
            }
        }
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
