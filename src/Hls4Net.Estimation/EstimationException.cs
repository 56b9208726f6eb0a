namespace Hls4Net.Estimation;

/// <summary>
/// The estimator cannot cost a graph (an op without a cost rule: <see cref="Hls4NetErrorCategory.Model"/>) or a budget
/// is malformed or cannot be checked (<see cref="Hls4NetErrorCategory.InvalidRequest"/>).
/// </summary>
public sealed class EstimationException : Hls4NetException
{
    public EstimationException(string message, Hls4NetErrorCategory category = Hls4NetErrorCategory.InvalidRequest)
        : base(category, message)
    {
    }
}
