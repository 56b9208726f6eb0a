namespace Hls4Net.Core.Ir.Ops;

/// <summary>The order a recurrent layer walks its sequence in, and where it writes each step's output.</summary>
public enum RecurrentDirection
{
    /// <summary>Steps 0..T-1; output step t belongs to input step t.</summary>
    Forward,

    /// <summary>
    /// Keras <c>go_backwards</c>: steps T-1..0, and the output sequence is in processing order (output step t belongs
    /// to input step T-1-t).
    /// </summary>
    Backward,

    /// <summary>
    /// ONNX <c>direction="reverse"</c> and the backward half of Keras' Bidirectional: steps T-1..0, with output step t
    /// written at input position t.
    /// </summary>
    Reverse,
}
