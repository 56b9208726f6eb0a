using Hls4Net.Core.Config;

namespace Hls4Net;

/// <summary>What to compile: a model file (or the one named in the config), a config file, and CLI overrides.</summary>
public sealed record CompileRequest(string? ModelPath, string? WeightsPath, string? ConfigPath, ConfigOverrides Overrides);
