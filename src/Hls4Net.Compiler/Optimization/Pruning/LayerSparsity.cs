namespace Hls4Net.Optimization;

/// <summary>
/// One Dense or convolution layer of a pruning report: its shape before and after (structured pruning), its weights, how many were
/// zero before and after pruning (as floats), how many quantize to zero in the configured weight type after, and its
/// sparsity (the fraction of the original weights that are zero or removed).
/// </summary>
public sealed record LayerSparsity(string Layer, string ShapeBefore, string ShapeAfter, int Weights, int ZerosBefore, int ZerosAfter, int ZeroCodesAfter, int NeuronsRemoved, double Sparsity);
