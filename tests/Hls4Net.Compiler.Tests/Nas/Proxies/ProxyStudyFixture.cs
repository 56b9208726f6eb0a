using System.Text.Json;
using Hls4Net.Nas;
using Hls4Net.TestSupport;

namespace Hls4Net.Compiler.Tests.Nas.Proxies;

/// <summary>tests/fixtures/nas/proxy_study.json (made by tools/nas_fixture/generate.py with PyTorch): MLP candidates
/// 16 → hidden → 5, their init seeds, trained test accuracies, torch reference scores, and the proxy batch.</summary>
internal sealed class ProxyStudyFixture
{
    private static readonly Lazy<ProxyStudyFixture> Shared = new(() => new ProxyStudyFixture());

    private ProxyStudyFixture()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(RepoPaths.Fixture("nas/proxy_study.json")));
        var root = doc.RootElement;
        Inputs = root.GetProperty("inputs").GetInt32();
        Outputs = root.GetProperty("outputs").GetInt32();
        var rows = root.GetProperty("batch").EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();
        Batch = new ProxyBatch([Inputs], rows.SelectMany(r => r).ToArray());
        Candidates = root.GetProperty("candidates").EnumerateArray().Select(c => new Candidate(
            c.GetProperty("hidden").EnumerateArray().Select(v => v.GetInt32()).ToArray(),
            c.GetProperty("activations").EnumerateArray().Select(v => Enum.Parse<ActivationKind>(v.GetString()!, true)).ToArray(),
            c.GetProperty("init_seed").GetInt64(),
            c.GetProperty("test_accuracy").GetDouble(),
            c.GetProperty("reference").GetProperty("naswot") is { ValueKind: JsonValueKind.Number } n ? n.GetDouble() : null,
            c.GetProperty("reference").GetProperty("synflow").GetDouble())).ToArray();
    }

    public static ProxyStudyFixture Instance => Shared.Value;

    public int Inputs { get; }

    public int Outputs { get; }

    public ProxyBatch Batch { get; }

    public IReadOnlyList<Candidate> Candidates { get; }

    /// <summary>The candidate's network with the initialization it was trained from.</summary>
    public FloatNetwork Network(Candidate c) => new SeededInitializer(InitScheme.TorchDefault)
        .Initialized(FloatNetwork.Mlp(Inputs, c.Hidden, c.Activations, Outputs), c.InitSeed);

    public sealed record Candidate(int[] Hidden, ActivationKind[] Activations, long InitSeed, double TestAccuracy,
        double? ReferenceNaswot, double ReferenceSynflow);
}
