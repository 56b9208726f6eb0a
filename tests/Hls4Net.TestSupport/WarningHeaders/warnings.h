// Test-only: functions whose bodies warn under -Wall -Wextra in every file that includes this header, as vendor
// ap_types headers do (they warn on -Wtype-limits and -Wint-in-bool-context among others).
#pragma once

// -Wtype-limits: comparison of an unsigned value with 0 is always true.
static inline bool hls4net_test_warn_type_limits(unsigned value) { return value >= 0; }

// -Wint-in-bool-context: '<<' in boolean context.
static inline bool hls4net_test_warn_int_in_bool(int value) { return (value << 1) ? true : false; }

// -Wunused-parameter.
static inline int hls4net_test_warn_unused_parameter(int unused) { return 0; }

// -Wsign-compare: signed and unsigned compared.
static inline bool hls4net_test_warn_sign_compare(int a, unsigned b) { return a < b; }

// -Wparentheses: '&&' within '||'.
static inline bool hls4net_test_warn_parentheses(bool a, bool b, bool c) { return a || b && c; }

// -Wunused-variable.
static inline int hls4net_test_warn_unused_variable() { int unused = 1; return 0; }
