// Hls4Net nnet_utils: C simulation reads the weight arrays from text files at start-up (synthesis never sees this).
//
// The weight headers declare each array uninitialized when __SYNTHESIS__ is not defined, so that g++ does not have
// to compile thousands of ap_fixed initializers; the top function calls load_weights_txt once per array before the
// first sample. Each file holds the array's values as decimal floating literals separated by commas and white space;
// every value is exactly a double and exactly a value of the array's type (at most 53 significant bits), so the
// conversion from double is exact with any ap_fixed implementation.
#ifndef NNET_WEIGHTS_TXT_H_
#define NNET_WEIGHTS_TXT_H_

#ifndef __SYNTHESIS__
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace nnet {

// Reads exactly N values for w from <dir>/<file>, where dir is HLS4NET_WEIGHTS_DIR when defined, else
// firmware/weights (g++ run in the project folder), else weights (Vitis HLS C simulation copies firmware/weights
// there). A missing file, a token that is not a finite number, or a count other than N ends the program with a
// one-line error on stderr and exit code 1.
template <class T, std::size_t N>
void load_weights_txt(T (&w)[N], const char *file) {
    std::string path;
    FILE *f = 0;
#ifdef HLS4NET_WEIGHTS_DIR
    path = std::string(HLS4NET_WEIGHTS_DIR) + "/" + file;
    f = std::fopen(path.c_str(), "rb");
    if (f == 0) {
        std::fprintf(stderr, "ERROR: weight file %s not found\n", path.c_str());
        std::exit(1);
    }
#else
    const char *dirs[2] = {"firmware/weights", "weights"};
    for (int d = 0; d < 2 && f == 0; d++) {
        path = std::string(dirs[d]) + "/" + file;
        f = std::fopen(path.c_str(), "rb");
    }
    if (f == 0) {
        std::fprintf(stderr, "ERROR: weight file %s not found in firmware/weights or weights\n", file);
        std::exit(1);
    }
#endif
    std::string text;
    char buffer[65536];
    std::size_t got;
    while ((got = std::fread(buffer, 1, sizeof(buffer), f)) > 0) text.append(buffer, got);
    std::fclose(f);
    std::size_t count = 0;
    const char *p = text.c_str();
    for (;;) {
        while (*p == ' ' || *p == ',' || *p == '\t' || *p == '\r' || *p == '\n') ++p;
        if (*p == '\0') break;
        char *end = 0;
        const double v = std::strtod(p, &end);
        if (end == p || !std::isfinite(v) || (*end != '\0' && *end != ' ' && *end != ',' && *end != '\t' && *end != '\r' && *end != '\n')) {
            std::fprintf(stderr, "ERROR: weight file %s: value %lu is not a number\n", path.c_str(), (unsigned long)(count + 1));
            std::exit(1);
        }
        if (count == N) {
            std::fprintf(stderr, "ERROR: weight file %s holds more than the %lu values of its array\n", path.c_str(), (unsigned long)N);
            std::exit(1);
        }
        w[count++] = v;
        p = end;
    }
    if (count != N) {
        std::fprintf(stderr, "ERROR: weight file %s holds %lu values, expected %lu\n", path.c_str(), (unsigned long)count, (unsigned long)N);
        std::exit(1);
    }
}

} // namespace nnet

#endif

#endif
