using System.Collections.Immutable;
using Hls4Net.Core.Ir;

namespace Hls4Net.Core.Passes;

/// <summary>An immutable ordered list of passes. Optionally verifies the graph after each pass.</summary>
public sealed class Pipeline
{
    public Pipeline(IEnumerable<IGraphPass> passes) => Passes = passes.ToImmutableArray();

    public ImmutableArray<IGraphPass> Passes { get; }

    /// <summary>Run every pass in order on <paramref name="graph"/>.</summary>
    /// <param name="graph">The graph, rewritten in place.</param>
    /// <param name="context">Configuration, logger and whether to verify the graph before the first pass and after each.</param>
    /// <param name="origin">What produced the graph the first pass sees, named when it fails verification.</param>
    public void Run(Graph graph, PassContext context, string origin = "import")
    {
        var verifier = new GraphVerifier();
        if (context.VerifyAfterEachPass) verifier.Verify(graph, origin);
        foreach (var pass in Passes)
        {
            context.Log.Debug("running pass {Pass}", pass.Name);
            pass.Run(graph, context);
            if (context.VerifyAfterEachPass) verifier.Verify(graph, $"pass {pass.Name}");
        }
    }
}
