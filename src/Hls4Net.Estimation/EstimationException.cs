namespace Hls4Net.Estimation;

/// <summary>The estimator cannot cost a graph (an op without a cost rule) or a budget is malformed.</summary>
public sealed class EstimationException : Exception
{
    public EstimationException(string message) : base(message)
    {
    }
}
