namespace Hls4Net.Core.Data;

/// <summary>Malformed or mismatched input data (CSV / NPY); the message names the file and position.</summary>
public sealed class InputDataException : Hls4NetException
{
    public InputDataException(string message) : base(Hls4NetErrorCategory.InputData, message) { }
}
