// Hls4Net arbitrary-precision types: common definitions and multi-word integer helpers.
//
// Clean-room implementation written from documented behaviour only
// (docs/ap-fixed-semantics.md: observed Vitis HLS C-simulation semantics).
// No vendor header code was consulted.
//
// SPDX-License-Identifier: Apache-2.0
// Copyright (c) Hls4Net developers
#ifndef HLS4NET_AP_COMMON_H
#define HLS4NET_AP_COMMON_H

#include <cstring>
#include <cstdlib>
#include <string>
#include <vector>
#include <ostream>

enum ap_q_mode { AP_RND = 0, AP_RND_ZERO, AP_RND_MIN_INF, AP_RND_INF, AP_RND_CONV, AP_TRN, AP_TRN_ZERO };
enum ap_o_mode { AP_SAT = 0, AP_SAT_ZERO, AP_SAT_SYM, AP_WRAP, AP_WRAP_SM };

// Maximum width of ap_[u]fixed (Vitis default 1024; may be raised up to 32768 before inclusion).
#ifndef AP_INT_MAX_W
#define AP_INT_MAX_W 1024
#endif
// Maximum width of ap_[u]int (Vitis accepts ap_int<2000> without the macro).
#define HLS4NET_AP_INT_LIMIT 32768

#if defined(__GNUC__) || defined(__clang__)
#define AP_IMPL_INLINE inline __attribute__((always_inline))
#else
#define AP_IMPL_INLINE inline
#endif

template <int W, bool S> struct ap_int_base;
template <int W> struct ap_int;
template <int W> struct ap_uint;
template <int W, int I, bool S, ap_q_mode Q, ap_o_mode O, int N> struct ap_fixed_base;
template <int W, int I, ap_q_mode Q = AP_TRN, ap_o_mode O = AP_WRAP, int N = 0> struct ap_fixed;
template <int W, int I, ap_q_mode Q = AP_TRN, ap_o_mode O = AP_WRAP, int N = 0> struct ap_ufixed;

namespace ap_impl {

typedef unsigned long long u64;
typedef long long i64;
__extension__ typedef unsigned __int128 u128;

constexpr int nl(int w) { return w <= 64 ? 1 : (w + 63) / 64; }
constexpr int cmax(int a, int b) { return a > b ? a : b; }
constexpr int cmin(int a, int b) { return a < b ? a : b; }

AP_IMPL_INLINE u64 shl64(u64 x, int s) { return (s >= 64 || s < 0) ? 0ULL : (x << s); }
AP_IMPL_INLINE u64 shr64(u64 x, int s) { return (s >= 64 || s < 0) ? 0ULL : (x >> s); }
AP_IMPL_INLINE u64 lowmask(int n) { return n >= 64 ? ~0ULL : (n <= 0 ? 0ULL : (~0ULL >> (64 - n))); }
AP_IMPL_INLINE bool topbit(u64 x) { return (x >> 63) != 0; }

template <int N> AP_IMPL_INLINE bool is_neg(const u64* a) { return topbit(a[N - 1]); }

// d (N limbs) := s (M limbs), sign-extended if sgn and s negative, else zero-extended; truncates if N < M.
template <int N, int M> AP_IMPL_INLINE void ext(u64* d, const u64* s, bool sgn) {
    const u64 fill = (sgn && topbit(s[M - 1])) ? ~0ULL : 0ULL;
    for (int i = 0; i < N; ++i) d[i] = (i < M) ? s[i] : fill;
}
template <int N> AP_IMPL_INLINE void zero(u64* d) { for (int i = 0; i < N; ++i) d[i] = 0; }
template <int N> AP_IMPL_INLINE bool is_zero(const u64* a) {
    u64 o = 0;
    for (int i = 0; i < N; ++i) o |= a[i];
    return o == 0;
}
template <int N> AP_IMPL_INLINE void add(u64* d, const u64* a, const u64* b) {
    u64 c = 0;
    for (int i = 0; i < N; ++i) {
        const u64 s = a[i] + b[i];
        const u64 c1 = s < a[i] ? 1ULL : 0ULL;
        const u64 s2 = s + c;
        const u64 c2 = s2 < s ? 1ULL : 0ULL;
        d[i] = s2;
        c = c1 | c2;
    }
}
template <int N> AP_IMPL_INLINE void sub(u64* d, const u64* a, const u64* b) {
    u64 br = 0;
    for (int i = 0; i < N; ++i) {
        const u64 s = a[i] - b[i];
        const u64 b1 = a[i] < b[i] ? 1ULL : 0ULL;
        const u64 s2 = s - br;
        const u64 b2 = s < br ? 1ULL : 0ULL;
        d[i] = s2;
        br = b1 | b2;
    }
}
template <int N> AP_IMPL_INLINE void add1(u64* d) {
    for (int i = 0; i < N; ++i) {
        d[i] += 1;
        if (d[i] != 0) break;
    }
}
template <int N> AP_IMPL_INLINE void bnot(u64* d, const u64* a) { for (int i = 0; i < N; ++i) d[i] = ~a[i]; }
template <int N> AP_IMPL_INLINE void negate(u64* d, const u64* a) {
    bnot<N>(d, a);
    add1<N>(d);
}
// d := a * b mod 2^(64N)  (two's complement correct when both are extended to N limbs)
template <int N> AP_IMPL_INLINE void mul(u64* d, const u64* a, const u64* b) {
    if (N == 1) { d[0] = a[0] * b[0]; return; }
    u64 r[N];
    zero<N>(r);
    for (int i = 0; i < N; ++i) {
        u64 carry = 0;
        for (int j = 0; i + j < N; ++j) {
            const u128 t = (u128)a[i] * b[j] + r[i + j] + carry;
            r[i + j] = (u64)t;
            carry = (u64)(t >> 64);
        }
    }
    for (int i = 0; i < N; ++i) d[i] = r[i];
}
// d := a << s (s >= 0), in place allowed
template <int N> AP_IMPL_INLINE void shl(u64* d, const u64* a, int s) {
    if (N == 1) { d[0] = shl64(a[0], s); return; }
    if (s >= 64 * N) { zero<N>(d); return; }
    const int ls = s >> 6, bs = s & 63;
    for (int i = N - 1; i >= 0; --i) {
        const int j = i - ls;
        const u64 hi = j >= 0 ? a[j] : 0ULL;
        const u64 lo = j >= 1 ? a[j - 1] : 0ULL;
        d[i] = bs ? ((hi << bs) | (lo >> (64 - bs))) : hi;
    }
}
// d := a >> s (s >= 0), arithmetic if arith, in place allowed
template <int N> AP_IMPL_INLINE void shr(u64* d, const u64* a, int s, bool arith) {
    const u64 fill = (arith && topbit(a[N - 1])) ? ~0ULL : 0ULL;
    if (s >= 64 * N) { for (int i = 0; i < N; ++i) d[i] = fill; return; }
    if (N == 1) {
        if (s == 0) { d[0] = a[0]; return; }
        d[0] = arith ? (u64)((i64)a[0] >> s) : (a[0] >> s);
        return;
    }
    const int ls = s >> 6, bs = s & 63;
    for (int i = 0; i < N; ++i) {
        const int j = i + ls;
        const u64 lo = j < N ? a[j] : fill;
        const u64 hi = (j + 1) < N ? a[j + 1] : fill;
        d[i] = bs ? ((lo >> bs) | (hi << (64 - bs))) : lo;
    }
}
// bit i of a (bits at or beyond 64N read as the sign bit; negative i reads 0)
template <int N> AP_IMPL_INLINE bool getbit(const u64* a, int i) {
    if (i < 0) return false;
    if (i >= 64 * N) return topbit(a[N - 1]);
    return ((a[i >> 6] >> (i & 63)) & 1ULL) != 0;
}
template <int N> AP_IMPL_INLINE void setbit(u64* a, int i, bool v) {
    if (i < 0 || i >= 64 * N) return;
    const u64 m = 1ULL << (i & 63);
    if (v) a[i >> 6] |= m; else a[i >> 6] &= ~m;
}
template <int N> inline void setbits(u64* a, int lo, int hi, bool v) {
    for (int i = lo; i <= hi; ++i) setbit<N>(a, i, v);
}
// any bit in [0, n) set (n beyond the storage: any bit at all, as a negative value has ones above)
template <int N> AP_IMPL_INLINE bool any_low(const u64* a, int n) {
    if (n <= 0) return false;
    if (n >= 64 * N) return !is_zero<N>(a);
    const int full = n >> 6;
    u64 o = 0;
    for (int i = 0; i < N; ++i)
        if (i < full) o |= a[i];
    if (n & 63) o |= a[full] & lowmask(n & 63);
    return o != 0;
}
// all bits from position p (p >= 0) to the top of the storage equal v
template <int N> AP_IMPL_INLINE bool all_from(const u64* a, int p, bool v) {
    const u64 f = v ? ~0ULL : 0ULL;
    if (p >= 64 * N) return true;
    const int l = p >> 6;
    bool ok = ((a[l] ^ f) & ~lowmask(p & 63)) == 0;
    for (int i = 0; i < N; ++i)
        if (i > l) ok = ok && (a[i] == f);
    return ok;
}
template <int N> AP_IMPL_INLINE int cmp_u(const u64* a, const u64* b) {
    for (int i = N - 1; i >= 0; --i)
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
}
template <int N> AP_IMPL_INLINE int cmp_s(const u64* a, const u64* b) {
    const bool na = is_neg<N>(a), nb = is_neg<N>(b);
    if (na != nb) return na ? -1 : 1;
    return cmp_u<N>(a, b);
}
template <int N> inline int msb(const u64* a) {  // index of highest set bit, -1 if zero
    for (int i = N - 1; i >= 0; --i)
        if (a[i]) return i * 64 + 63 - __builtin_clzll(a[i]);
    return -1;
}
// 64 bits of a starting at bit position p (p >= 0), zero-filled above
template <int N> AP_IMPL_INLINE u64 extract64(const u64* a, int p) {
    const int l = p >> 6, b = p & 63;
    const u64 lo = l < N ? a[l] : 0ULL;
    const u64 hi = (l + 1) < N ? a[l + 1] : 0ULL;
    return b ? ((lo >> b) | (hi << (64 - b))) : lo;
}
AP_IMPL_INLINE void raise_div_by_zero() {
    volatile u64 z = 0;
    volatile u64 r = 1ULL / z;  // SIGFPE, like a native integer division by zero
    (void)r;
}
// unsigned division q := a / b, r := a % b
template <int N> inline void udivmod(u64* q, u64* r, const u64* a, const u64* b) {
    if (N == 1) {
        if (b[0] == 0) raise_div_by_zero();
        const u64 a0 = a[0], b0 = b[0];
        q[0] = a0 / b0;
        r[0] = a0 % b0;
        return;
    }
    if (is_zero<N>(b)) raise_div_by_zero();
    u64 qq[N], rr[N];
    zero<N>(qq);
    zero<N>(rr);
    for (int i = msb<N>(a); i >= 0; --i) {
        shl<N>(rr, rr, 1);
        rr[0] |= getbit<N>(a, i) ? 1ULL : 0ULL;
        if (cmp_u<N>(rr, b) >= 0) {
            sub<N>(rr, rr, b);
            setbit<N>(qq, i, true);
        }
    }
    for (int i = 0; i < N; ++i) { q[i] = qq[i]; r[i] = rr[i]; }
}
// Bring the storage of a W-bit value back to canonical form: bits above W sign- or zero-extended.
template <int W, bool S> AP_IMPL_INLINE void normalize(u64* a) {
    const int NW = nl(W);
    const int r = W - 64 * (NW - 1);  // 1..64
    if (r < 64) {
        const int sh = 64 - r;
        if (S) a[NW - 1] = (u64)((i64)(a[NW - 1] << sh) >> sh);
        else a[NW - 1] &= (~0ULL >> sh);
    }
}

// A double decoded as m * 2^e (exact). +-Inf and NaN behave as +-2^1024 (sign bit of NaN).
// Subnormals are decoded as 1.m * 2^-1023, reproducing the documented Vitis behaviour (spec section 3).
struct dbl_parts { i64 m; int e; };
inline dbl_parts decode_double(double x) {
    u64 b;
    std::memcpy(&b, &x, sizeof b);
    const bool s = topbit(b);
    const int ex = (int)((b >> 52) & 0x7FF);
    const u64 fr = b & ((1ULL << 52) - 1);
    dbl_parts p;
    if (ex == 0x7FF) { p.m = 1; p.e = 1024; }
    else if (ex == 0) {
        if (fr == 0) { p.m = 0; p.e = 0; }
        else { p.m = (i64)((1ULL << 52) | fr); p.e = -1075; }
    } else { p.m = (i64)((1ULL << 52) | fr); p.e = ex - 1075; }
    if (s) p.m = -p.m;
    return p;
}

// Exact value of a W-bit raw integer (NW limbs, signedness S) times 2^-F, rounded to nearest-even
// with MB mantissa bits (53 or 24). The biased exponent wraps modulo 2^EB (no range handling, spec 3).
template <int NW> inline u64 to_float_bits(const u64* raw, bool S, int F, int MB, int EB, int bias) {
    const bool neg = S && is_neg<NW>(raw);
    u64 m[NW];
    if (neg) negate<NW>(m, raw);
    else for (int i = 0; i < NW; ++i) m[i] = raw[i];
    int p = msb<NW>(m);
    if (p < 0) return 0;
    u64 mant;
    if (p <= MB - 1) {
        mant = m[0] << (MB - 1 - p);
    } else {
        const int lo = p - (MB - 1);
        mant = extract64<NW>(m, lo) & lowmask(MB);
        const bool rb = getbit<NW>(m, lo - 1);
        const bool st = any_low<NW>(m, lo - 1);
        if (rb && (st || (mant & 1ULL))) {
            ++mant;
            if (mant >> MB) { mant >>= 1; ++p; }
        }
    }
    const long long E = (long long)p - F;
    const u64 biased = (u64)(E + bias) & lowmask(EB);
    const int fb = MB - 1;
    return ((neg ? 1ULL : 0ULL) << (fb + EB)) | (biased << fb) | (mant & lowmask(fb));
}
template <int NW> inline double to_double_impl(const u64* raw, bool S, int F) {
    const u64 b = to_float_bits<NW>(raw, S, F, 53, 11, 1023);
    double d;
    std::memcpy(&d, &b, sizeof d);
    return d;
}
template <int NW> inline float to_float_impl(const u64* raw, bool S, int F) {
    const unsigned b = (unsigned)to_float_bits<NW>(raw, S, F, 24, 8, 127);
    float f;
    std::memcpy(&f, &b, sizeof f);
    return f;
}

// out (NO limbs) := trunc_toward_zero(raw * 2^-F) mod 2^(64*NO); raw has NW limbs, signedness S.
template <int NO, int NW> inline void trunc_int(u64* out, const u64* raw, bool S, int F) {
    const int NT = cmax(NO, NW + 1);
    u64 t[NT];
    ext<NT, NW>(t, raw, S);
    if (F <= 0) {
        shl<NT>(t, t, -F > 64 * NT ? 64 * NT : -F);
    } else {
        const bool neg = is_neg<NT>(t);
        if (neg) negate<NT>(t, t);
        shr<NT>(t, t, F, false);
        if (neg) negate<NT>(t, t);
    }
    for (int i = 0; i < NO; ++i) out[i] = t[i];
}

// Core conversion (spec section 2). The source is an exact value src * 2^sh, in units of the
// destination LSB, where src is NS limbs of two's complement. NT limbs of scratch must hold
// src << min(sh, W+2) and src + 1.
template <int W, bool S, int Q, int O, int N, int NS, int NT>
AP_IMPL_INLINE void quantize(u64* out, const u64* src, int sh) {
    const int NW = nl(W);
    const bool xneg = is_neg<NS>(src);
    u64 t[NT];
    ext<NT, NS>(t, src, true);
    bool dbit;  // bit W of the unrounded value k
    if (sh >= 0) {
        if (sh > 0) shl<NT>(t, t, sh < W + 2 ? sh : W + 2);
        dbit = getbit<NT>(t, W);
    } else {
        const int d = -sh;
        const bool rb = getbit<NS>(src, d - 1);
        const bool st = any_low<NS>(src, d - 1);
        shr<NT>(t, t, d, true);
        dbit = getbit<NT>(t, W);
        if (rb || st) {
            bool inc = false;
            switch (Q) {
                case AP_RND: inc = rb; break;
                case AP_RND_ZERO: inc = rb && (st || xneg); break;
                case AP_RND_MIN_INF: inc = rb && st; break;
                case AP_RND_INF: inc = rb && (st || !xneg); break;
                case AP_RND_CONV: inc = rb && (st || (t[0] & 1ULL)); break;
                case AP_TRN_ZERO: inc = xneg; break;
                default: inc = false; break;
            }
            if (inc) add1<NT>(t);
        }
    }
    const bool qneg = is_neg<NT>(t);
    bool fits = S ? all_from<NT>(t, W - 1, qneg) : (!qneg && all_from<NT>(t, W, false));
    if (S && O == AP_SAT_SYM && fits && qneg && !any_low<NT>(t, W - 1)) fits = false;  // min code
    for (int i = 0; i < NW; ++i) out[i] = t[i];
    if (!fits) {
        const bool over = !qneg;
        switch (O) {
            case AP_SAT:
            case AP_SAT_SYM:
                if (over) {
                    setbits<NW>(out, 0, W - 1, true);
                    if (S) setbit<NW>(out, W - 1, false);
                } else if (S) {
                    setbits<NW>(out, 0, W - 1, false);
                    setbit<NW>(out, W - 1, true);
                    if (O == AP_SAT_SYM) add1<NW>(out);
                } else {
                    zero<NW>(out);
                }
                break;
            case AP_SAT_ZERO:
                zero<NW>(out);
                break;
            case AP_WRAP:
                if (N > 0) {
                    if (S) {
                        setbit<NW>(out, W - 1, qneg);
                        setbits<NW>(out, W - N, W - 2, !qneg);
                    } else {
                        setbits<NW>(out, W - N, W - 1, true);
                    }
                }
                break;
            case AP_WRAP_SM:
                if (N == 0) {
                    if (dbit != getbit<NW>(out, W - 1)) {
                        bnot<NW>(out, out);
                        setbit<NW>(out, W - 1, dbit);
                    }
                } else if (N == 1) {
                    if (getbit<NW>(out, W - 1) != qneg) bnot<NW>(out, out);
                    setbit<NW>(out, W - 1, qneg);
                } else {
                    if (getbit<NW>(out, W - N) == qneg) bnot<NW>(out, out);
                    setbits<NW>(out, W - N, W - 2, !qneg);
                    setbit<NW>(out, W - 1, qneg);
                }
                break;
            default:
                break;
        }
    }
    normalize<W, S>(out);
}

// ---- dynamic helpers for decimal printing ----
inline std::string udec(std::vector<u64> v) {  // unsigned little-endian limbs to decimal
    std::string s;
    for (;;) {
        bool nz = false;
        for (size_t i = 0; i < v.size(); ++i) nz = nz || v[i] != 0;
        if (!nz) break;
        u64 rem = 0;
        for (size_t i = v.size(); i-- > 0;) {
            const u128 cur = ((u128)rem << 64) | v[i];
            v[i] = (u64)(cur / 10);
            rem = (u64)(cur % 10);
        }
        s.push_back((char)('0' + rem));
    }
    if (s.empty()) s = "0";
    return std::string(s.rbegin(), s.rend());
}
// exact decimal string of raw * 2^-F
template <int NW> inline std::string to_decimal(const u64* raw, bool S, int F) {
    const bool neg = S && is_neg<NW>(raw);
    u64 m[NW];
    if (neg) negate<NW>(m, raw);
    else for (int i = 0; i < NW; ++i) m[i] = raw[i];
    std::vector<u64> mag(m, m + NW);
    std::string out = neg ? "-" : "";
    if (F <= 0) {
        const int s = -F;
        std::vector<u64> v(NW + s / 64 + 1, 0);
        for (int i = 0; i < 64 * NW; ++i)
            if ((mag[i / 64] >> (i % 64)) & 1ULL) v[(i + s) / 64] |= 1ULL << ((i + s) % 64);
        return out + udec(v);
    }
    std::vector<u64> ip(NW, 0), fp((F + 4) / 64 + 2, 0);
    for (int i = 0; i < 64 * NW; ++i) {
        if (!((mag[i / 64] >> (i % 64)) & 1ULL)) continue;
        if (i >= F) ip[(i - F) / 64] |= 1ULL << ((i - F) % 64);
        else fp[i / 64] |= 1ULL << (i % 64);
    }
    out += udec(ip);
    bool nz = false;
    for (size_t i = 0; i < fp.size(); ++i) nz = nz || fp[i] != 0;
    if (!nz) return out;
    out += ".";
    while (nz) {
        u64 carry = 0;
        for (size_t i = 0; i < fp.size(); ++i) {
            const u128 t = (u128)fp[i] * 10 + carry;
            fp[i] = (u64)t;
            carry = (u64)(t >> 64);
        }
        int digit = 0;
        for (int b = 0; b < 4; ++b) {
            const int pos = F + b;
            if ((fp[pos / 64] >> (pos % 64)) & 1ULL) digit |= 1 << b;
            fp[pos / 64] &= ~(1ULL << (pos % 64));
        }
        out.push_back((char)('0' + digit));
        nz = false;
        for (size_t i = 0; i < fp.size(); ++i) nz = nz || fp[i] != 0;
    }
    return out;
}

// C integer types as ap_[u]fixed<B,B> / ap_[u]int<B> (LP64: long is 64 bits).
template <typename T> struct c_int;
#define AP_IMPL_CINT(T, B, SG) \
    template <> struct c_int<T> { enum { width = B }; static const bool sign = SG; };
AP_IMPL_CINT(bool, 1, false)
AP_IMPL_CINT(char, 8, (char)-1 < 0)
AP_IMPL_CINT(signed char, 8, true)
AP_IMPL_CINT(unsigned char, 8, false)
AP_IMPL_CINT(short, 16, true)
AP_IMPL_CINT(unsigned short, 16, false)
AP_IMPL_CINT(int, 32, true)
AP_IMPL_CINT(unsigned int, 32, false)
AP_IMPL_CINT(long, (int)(sizeof(long) * 8), true)
AP_IMPL_CINT(unsigned long, (int)(sizeof(long) * 8), false)
AP_IMPL_CINT(long long, 64, true)
AP_IMPL_CINT(unsigned long long, 64, false)
#undef AP_IMPL_CINT

}  // namespace ap_impl

// Apply MACRO(T) to every C integer type.
#define AP_IMPL_FOR_CINTS(MACRO) \
    MACRO(bool) MACRO(char) MACRO(signed char) MACRO(unsigned char) MACRO(short) MACRO(unsigned short) \
    MACRO(int) MACRO(unsigned int) MACRO(long) MACRO(unsigned long) MACRO(long long) MACRO(unsigned long long)

#endif  // HLS4NET_AP_COMMON_H
