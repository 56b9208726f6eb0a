using Hls4Net.Backends.Cpp.Build;

namespace Hls4Net.Backends.Vitis.Csim;

/// <summary>Options of <see cref="CsimRunner"/>.</summary>
public sealed record CsimOptions
{
    /// <summary>Folder with ap_fixed.h/ap_int.h (the CLI's --ap-types). Null: $XILINX_HLS/include when set, else the project's firmware/ap_types.</summary>
    public string? ApTypesDir { get; init; }

    /// <summary>Top function / project name. Null: taken from the single <c>*_test.cpp</c> in the project folder.</summary>
    public string? ProjectName { get; init; }

    /// <summary>The C++ compiler to run (a name looked up on PATH, or a path).</summary>
    public string Compiler { get; init; } = "g++";

    /// <summary>g++ optimization level, 0 to 3 (<c>-O2</c> by default; tests may use 1 to compile faster).</summary>
    public int OptimizationLevel { get; init; } = 2;

    /// <summary>
    /// Folder that keeps built simulations by a hash of their sources, headers and flags (<see cref="CompileCache"/>),
    /// so the same project in another folder is not compiled again. Null (the default): always compile.
    /// </summary>
    public string? BuildCacheDir { get; init; }

    /// <summary>
    /// Folder for precompiled headers of the fixed part of every project (<see cref="PrecompiledHeader"/>: ap_types,
    /// hls_stream and nnet_utils, keyed by their contents and the flags). Null: <see cref="BuildCacheDir"/> when set,
    /// else none (every build parses the headers). Set <see cref="UsePrecompiledHeader"/> false to never use one.
    /// </summary>
    public string? PrecompiledHeaderDir { get; init; }

    /// <summary>Use a precompiled header when a folder for it is known (default true); the program is the same either way.</summary>
    public bool UsePrecompiledHeader { get; init; } = true;

    /// <summary>
    /// Compile with <c>-Werror</c>. Only for tests that build against our own headers: other headers (Xilinx's among
    /// them) warn, and a user's build must not fail on a warning. Default: warnings are printed at debug level only.
    /// </summary>
    public bool WarningsAsErrors { get; init; }

    /// <summary>Time limit for compiling and for running, each.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(20);
}
