namespace Hls4Net.Tuning;

/// <summary>
/// A layer whose strategy and reuse factor the tuner chooses: its multiplier array is n_in × n_out (Dense: inputs ×
/// outputs; convolution: channels × kernel taps × filters) and <see cref="Choices"/> are the values the C++ accepts.
/// </summary>
public sealed record TunableLayer(string Name, string Op, int NIn, int NOut, IReadOnlyList<ReuseChoice> Choices);
