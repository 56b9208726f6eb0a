namespace Hls4Net.Core.Ir;

/// <summary>A user-facing error about a model or graph (unsupported op, bad shape, broken invariant).</summary>
public class GraphException : Hls4NetException
{
    public GraphException(string message) : base(Hls4NetErrorCategory.Model, message) { }

    public GraphException(string message, Exception inner) : base(Hls4NetErrorCategory.Model, message, inner) { }
}
