namespace Hls4Net.Optimization;

/// <summary>One candidate judged on a sample set: the target metric against float and the number of overflowed stores.</summary>
public sealed record CandidateEvaluation(double Metric, long Overflows);
