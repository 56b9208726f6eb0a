using Hls4Net.Core.Numerics;

namespace Hls4Net.Estimation.Models;

/// <summary>
/// A multiply-accumulate array (Dense, convolutions, MatMul) described for <see cref="MacArrayModel"/>.
/// One <em>pass</em> computes <paramref name="Outputs"/> sums of <paramref name="FanIn"/> products each, using every
/// weight once (<paramref name="Weights"/> is their census). <paramref name="Replicas"/> passes are unrolled side by
/// side in hardware; <paramref name="Iterations"/> passes run one after the other. <paramref name="SharesByReuse"/> is
/// true when the template time-shares the products of a pass over the reuse factor (Resource strategy always).
/// <paramref name="CompressedIndexBits"/> &gt; 0: the weights in memory are stored compressed (a pruned Resource Dense,
/// <see cref="Hls4Net.Lowering.Plans.DenseCompression"/>): only the nonzero ones, each with a row and a column index of
/// that many bits, so zero weights cost neither a multiplier nor memory.
/// </summary>
public sealed record MacShape(
    WeightCensus Weights,
    long Outputs,
    long FanIn,
    long Replicas,
    long Iterations,
    bool SharesByReuse,
    int ReuseFactor,
    bool WeightsInMemory,
    FixedType? DataType,
    FixedType? WeightType,
    FixedType? AccumType,
    string Label,
    int CompressedIndexBits = 0);
