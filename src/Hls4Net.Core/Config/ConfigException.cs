namespace Hls4Net.Core.Config;

/// <summary>
/// A user-facing configuration error with one readable line naming the file, the key path and the bad value
/// (e.g. <c>config.yml:7: HLSConfig.Model.ReuseFactor: 'abc' is not an integer</c>).
/// </summary>
public sealed class ConfigException : Hls4NetException
{
    public ConfigException(string message) : base(Hls4NetErrorCategory.Config, message) { }

    public ConfigException(string message, Exception inner) : base(Hls4NetErrorCategory.Config, message, inner) { }
}
