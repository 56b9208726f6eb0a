namespace Hls4Net.Nas;

/// <summary>Baseline proxy: the number of trainable parameters (weights and biases). Ignores the weights' values and the batch.</summary>
public sealed class ParamsProxy : IZeroShotProxy
{
    public string Name => "params";

    public double Score(FloatNetwork network, ProxyBatch batch) => network.ParameterCount;
}
