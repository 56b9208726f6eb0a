namespace Hls4Net.Core.Config;

/// <summary>
/// A user-facing configuration error with one readable line naming the file, the key path and the bad value
/// (e.g. <c>config.yml:7: HLSConfig.Model.ReuseFactor: 'abc' is not an integer</c>).
/// </summary>
public sealed class ConfigException : Exception
{
    public ConfigException(string message) : base(message) { }

    public ConfigException(string message, Exception inner) : base(message, inner) { }
}
