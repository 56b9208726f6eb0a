using Hls4Net.Core.Ir;

namespace Hls4Net.Core.Config;

/// <summary>hls4ml spellings of <see cref="Strategy"/> (case-insensitive when read).</summary>
public static class StrategyNames
{
    public static bool TryParse(string text, out Strategy strategy)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "latency":
                strategy = Strategy.Latency;
                return true;
            case "resource":
                strategy = Strategy.Resource;
                return true;
            default:
                strategy = default;
                return false;
        }
    }

    public static string Name(Strategy strategy) => strategy.ToString();
}
