using System.Text.Json.Serialization;
using Hls4Net.Nas.Search;
using Hls4Net.Sweeps;
using Hls4Net.Synthesis;

namespace Hls4Net;

/// <summary>
/// Source-generated JSON metadata for the files <see cref="FileJson"/> writes and reads (no reflection at run time, so
/// the Native AOT build serializes them exactly as the JIT build does). A type missing here fails at its first use.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    WriteIndented = true)]
[JsonSerializable(typeof(SweepReport))]
[JsonSerializable(typeof(BuildRecord))]
[JsonSerializable(typeof(NasReport))]
public sealed partial class FileJsonContext : JsonSerializerContext;
