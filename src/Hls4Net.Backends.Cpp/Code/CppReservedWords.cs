namespace Hls4Net.Backends.Cpp.Code;

/// <summary>C++ keywords, alternative tokens and names used by the generated code's libraries.</summary>
public static class CppReservedWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        // C++20 keywords
        "alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor", "bool", "break", "case", "catch",
        "char", "char8_t", "char16_t", "char32_t", "class", "compl", "concept", "const", "consteval", "constexpr",
        "constinit", "const_cast", "continue", "co_await", "co_return", "co_yield", "decltype", "default", "delete",
        "do", "double", "dynamic_cast", "else", "enum", "explicit", "export", "extern", "false", "float", "for",
        "friend", "goto", "if", "inline", "int", "long", "mutable", "namespace", "new", "noexcept", "not", "not_eq",
        "nullptr", "operator", "or", "or_eq", "private", "protected", "public", "register", "reinterpret_cast",
        "requires", "return", "short", "signed", "sizeof", "static", "static_assert", "static_cast", "struct",
        "switch", "template", "this", "thread_local", "throw", "true", "try", "typedef", "typeid", "typename",
        "union", "unsigned", "using", "virtual", "void", "volatile", "wchar_t", "while", "xor", "xor_eq",
        // identifiers with special meaning, common macros and library names the generated code uses
        "final", "override", "import", "module", "main", "std", "nnet", "hls", "NULL", "EOF", "assert", "errno",
        "stdin", "stdout", "stderr", "size_t", "FILE", "printf", "fprintf", "exit", "abs", "min", "max",
        "ap_fixed", "ap_ufixed", "ap_int", "ap_uint", "ap_q_mode", "ap_o_mode",
        "AP_RND", "AP_RND_ZERO", "AP_RND_MIN_INF", "AP_RND_INF", "AP_RND_CONV", "AP_TRN", "AP_TRN_ZERO",
        "AP_SAT", "AP_SAT_ZERO", "AP_SAT_SYM", "AP_WRAP", "AP_WRAP_SM", "AP_INT_MAX_W",
        "defines", "parameters", "firmware", "weights",
    };

    /// <summary>True when <paramref name="word"/> must not be used as a generated identifier.</summary>
    public static bool Contains(string word) => Words.Contains(word);
}
