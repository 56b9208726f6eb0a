using Hls4Net.TestSupport;
namespace Hls4Net.Cli.Tests.Verify;

/// <summary>Verify tests run one at a time: one of them changes HLS4NET_ONNXRUNTIME, which every ORT run reads.</summary>
[CollectionDefinition(Name)]
[StartsFirst(1)]
public sealed class VerifyCollection
{
    public const string Name = "verify (process environment)";
}
