namespace Hls4Net.Backends.Cpp;

/// <summary>
/// A user-facing error of the shared C++ backend code: an output folder that cannot receive a project, a project
/// file written twice, an unknown backend name. Backends may report it under their own exception type.
/// </summary>
public sealed class BackendException : Hls4NetException
{
    public BackendException(string message) : base(Hls4NetErrorCategory.Backend, message) { }

    public BackendException(string message, Exception inner) : base(Hls4NetErrorCategory.Backend, message, inner) { }
}
