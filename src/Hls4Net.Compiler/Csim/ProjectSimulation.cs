using Hls4Net.Backends.Vitis.Csim;
using Hls4Net.Verification;

namespace Hls4Net.Csim;

/// <summary>The C simulation of a written project and, when asked for, its bit-exact comparison with the emulator.</summary>
public sealed record ProjectSimulation(CsimResult Csim, BitExactReport? Comparison);
