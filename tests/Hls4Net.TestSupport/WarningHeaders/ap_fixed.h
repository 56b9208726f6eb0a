// Test-only header set (ours, not Xilinx's): wraps our bundled ap_fixed.h and adds code that warns under -Wall -Wextra
// the way vendor ap_types headers do. Used through csim --ap-types to check that user builds never fail on a
// warning (no -Werror) and stay bit-exact. Holds no hls_stream.h: the project's bundled copy must fill in.
#pragma once
#include "warnings.h"
#include_next "ap_fixed.h"
