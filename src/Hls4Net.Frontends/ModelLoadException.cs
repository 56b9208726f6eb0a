namespace Hls4Net.Frontends;

/// <summary>A model file could not be imported: the message is one readable line naming the file, layer or op.</summary>
public sealed class ModelLoadException : Hls4NetException
{
    public ModelLoadException(string message) : base(Hls4NetErrorCategory.Model, message) { }

    public ModelLoadException(string message, Exception inner) : base(Hls4NetErrorCategory.Model, message, inner) { }
}
