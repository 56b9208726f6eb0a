using Hls4Net.Core.Ir;

namespace Hls4Net.Core.Passes;

/// <summary>A graph rewrite. Passes are small, run in the order of the default pipeline, and never emit backend text.</summary>
public interface IGraphPass
{
    /// <summary>Name used in logs and in verifier messages.</summary>
    string Name { get; }

    /// <summary>Rewrite <paramref name="graph"/> in place.</summary>
    void Run(Graph graph, PassContext context);
}
