using Hls4Net.Estimation;

namespace Hls4Net.Tuning;

/// <summary>The estimator's figures for one layer under one choice.</summary>
public sealed record ChoiceCost(ReuseChoice Choice, ResourceCost Resources, long LatencyCycles, long Ii);
