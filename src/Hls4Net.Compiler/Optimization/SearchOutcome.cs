using System.Text.Json.Serialization;

namespace Hls4Net.Optimization;

/// <summary>How a precision search ended.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SearchOutcome>))]
public enum SearchOutcome
{
    /// <summary>The tuned configuration meets the target on the validation set with no calibration overflow.</summary>
    Met,

    /// <summary>The search finished, but on the validation set the tuned configuration misses the target.</summary>
    MissedOnValidation,

    /// <summary>Even the start configuration (every type at its widest) misses the target or overflows on the calibration set.</summary>
    Unreachable,
}
