namespace Hls4Net.Optimization;

/// <summary>What a precision search measures against the float reference (on the model's final outputs).</summary>
public enum TargetMetric
{
    /// <summary>Fraction of samples whose first maximal output index agrees with the float reference (higher is better).</summary>
    Argmax,

    /// <summary>Largest absolute difference from the float reference over every output value (lower is better).</summary>
    MaxAbs,

    /// <summary>Root-mean-square error divided by the root-mean-square of the float outputs (lower is better).</summary>
    RelRmse,
}
