namespace Hls4Net.Benchmarks;

/// <summary>
/// <c>Hls4Net.Benchmarks --readers [repeat]</c>: the <see cref="SampleReaderBenchmarks"/> cases timed in thread CPU time
/// (<see cref="ThreadCpuClock"/>), best and median of the runs after one warm-up, as MB/s of file bytes. CPU time is the
/// figure to trust on the shared machine, where wall time depends on the other jobs.
/// </summary>
internal static class ReaderThroughput
{
    public static void Run(int repeat)
    {
        var cases = new SampleReaderBenchmarks();
        cases.Setup();
        foreach (var (name, bytes, read) in new (string, long, Func<int>)[]
        {
            ("CSV", cases.CsvBytes, cases.Csv),
            ("CSV %.18e", cases.CsvNumpyBytes, cases.CsvNumpy),
            ("CSV as lines", cases.CsvBytes, cases.CsvLines),
            ("NPY float64", cases.NpyFloat64Bytes, cases.NpyFloat64),
            ("NPY float32", cases.NpyFloat32Bytes, cases.NpyFloat32),
        })
        {
            read();
            var seconds = new List<double>();
            for (var r = 0; r < repeat; r++)
            {
                GC.Collect();
                var start = ThreadCpuClock.Seconds();
                read();
                seconds.Add(ThreadCpuClock.Seconds() - start);
            }
            seconds.Sort();
            double Rate(double s) => bytes / s / 1e6;
            Console.WriteLine($"{name,-13} {bytes,12:N0} bytes: {Rate(seconds[seconds.Count / 2]),8:N0} MB/s per CPU-second (median), {Rate(seconds[0]),8:N0} (best), {repeat} runs");
        }
    }
}
