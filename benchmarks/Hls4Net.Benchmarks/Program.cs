using BenchmarkDotNet.Running;

namespace Hls4Net.Benchmarks;

/// <summary>Entry point: BenchmarkDotNet's switcher (e.g. <c>--filter '*' --job short</c>).</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--readers")
        {
            ReaderThroughput.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 7);
            return;
        }
        // Resolve the model here, in the host, and hand it to the benchmark processes (they run from a
        // generated folder, where walking up would not find the repository).
        Environment.SetEnvironmentVariable(BenchModel.Variable, BenchModel.Path());
        Console.Error.WriteLine($"model: {BenchModel.Path()}");
        Environment.SetEnvironmentVariable(BdtModel.Variable, BdtModel.Path());
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
