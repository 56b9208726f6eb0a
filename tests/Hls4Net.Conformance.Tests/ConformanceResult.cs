using Hls4Net.Verification;
using Hls4Net.Core.Ir;
using Hls4Net.Emulation;

namespace Hls4Net.Conformance.Tests;

/// <summary>What one end-to-end run produced: the compiled graph, the emulator result and the bit comparison with csim.</summary>
internal sealed record ConformanceResult(Graph Graph, InterpreterResult Emulated, BitExactReport Report, string ProjectDir);
