namespace Hls4Net.Core.Ir;

/// <summary>A user-facing error about a model or graph (unsupported op, bad shape, broken invariant).</summary>
public class GraphException : Exception
{
    public GraphException(string message) : base(message) { }

    public GraphException(string message, Exception inner) : base(message, inner) { }
}
