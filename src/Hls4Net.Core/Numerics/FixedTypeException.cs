namespace Hls4Net.Core.Numerics;

/// <summary>An invalid fixed-point precision (bad string or bad parameters); the message names it.</summary>
public sealed class FixedTypeException : Hls4NetException
{
    /// <summary>Creates the exception with a one-line message.</summary>
    public FixedTypeException(string message) : base(Hls4NetErrorCategory.Precision, message)
    {
    }

    /// <summary>Creates the exception with a one-line message and an inner cause.</summary>
    public FixedTypeException(string message, Exception inner) : base(Hls4NetErrorCategory.Precision, message, inner)
    {
    }
}
