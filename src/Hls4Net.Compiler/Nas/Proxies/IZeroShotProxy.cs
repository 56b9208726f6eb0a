namespace Hls4Net.Nas;

/// <summary>A zero-shot proxy: a score of an initialized, untrained <see cref="FloatNetwork"/>, higher meaning
/// "expected to train to a better accuracy". Implementations are deterministic (the same network and batch give the
/// same bits) and stateless, so one instance may be called from many threads at once.</summary>
public interface IZeroShotProxy
{
    /// <summary>The proxy's name as reports and <c>--json</c> print it (lower case: naswot, synflow, params, bops).</summary>
    string Name { get; }

    /// <summary>The score of <paramref name="network"/> (with its current weights) on <paramref name="batch"/>.
    /// May be −∞ (NASWOT's singular kernel); never NaN.</summary>
    double Score(FloatNetwork network, ProxyBatch batch);
}
