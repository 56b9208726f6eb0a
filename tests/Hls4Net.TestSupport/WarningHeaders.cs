namespace Hls4Net.TestSupport;

/// <summary>
/// tests/Hls4Net.TestSupport/WarningHeaders: our own test header set for <c>--ap-types</c>. Its ap_fixed.h/ap_int.h
/// wrap the bundled headers (via #include_next, so the bundled folder must come later on the include path) and add
/// code that warns under -Wall -Wextra (-Wtype-limits, -Wint-in-bool-context, -Wunused-parameter, -Wsign-compare,
/// -Wparentheses, -Wunused-variable), as Xilinx's headers do. It has no hls_stream.h.
/// </summary>
public static class WarningHeaders
{
    /// <summary>The folder.</summary>
    public static string Dir => Path.Combine(RepoPaths.RepoRoot, "tests", "Hls4Net.TestSupport", "WarningHeaders");

    /// <summary>The -W flags each file including the headers triggers.</summary>
    public static readonly string[] Warnings = ["type-limits", "int-in-bool-context", "unused-parameter", "sign-compare", "parentheses", "unused-variable"];
}
