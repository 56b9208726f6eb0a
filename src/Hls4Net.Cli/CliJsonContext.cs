using System.Text.Json.Serialization;
using Hls4Net.Benchmarking;
using Hls4Net.Nas.Search;
using Hls4Net.Optimization;
using Hls4Net.Sweeps;
using Hls4Net.Synthesis;
using Hls4Net.Tuning;
using Hls4Net.Verification;

namespace Hls4Net.Cli;

/// <summary>
/// Source-generated JSON metadata for every command's <c>--json</c> output (no reflection at run time, so the Native
/// AOT build prints exactly what the JIT build prints). A type missing here fails at its first use; the schema tests
/// run every command's <c>--json</c>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DictionaryKeyPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(CliError))]
[JsonSerializable(typeof(EmulateJson))]
[JsonSerializable(typeof(ConvertJson))]
[JsonSerializable(typeof(CsimJson))]
[JsonSerializable(typeof(EstimateJson))]
[JsonSerializable(typeof(IReadOnlyList<LayerRow>))]
[JsonSerializable(typeof(SynthesisReport))]
[JsonSerializable(typeof(ReuseTuningReport))]
[JsonSerializable(typeof(VerifyReport))]
[JsonSerializable(typeof(OptimizeReport))]
[JsonSerializable(typeof(PrecisionSearchReport))]
[JsonSerializable(typeof(PruneReport))]
[JsonSerializable(typeof(BenchReport))]
[JsonSerializable(typeof(NasReport))]
[JsonSerializable(typeof(SweepReport))]
[JsonSerializable(typeof(BuildRecord))]
public sealed partial class CliJsonContext : JsonSerializerContext;
