// Hls4Net arbitrary-precision types: ap_fixed_base, ap_fixed, ap_ufixed.
//
// Clean-room implementation written from documented behaviour only
// (docs/ap-fixed-semantics.md). No vendor header code was consulted.
//
// SPDX-License-Identifier: Apache-2.0
// Copyright (c) Hls4Net developers
#ifndef HLS4NET_AP_FIXED_BASE_H
#define HLS4NET_AP_FIXED_BASE_H

#include "ap_int_base.h"
#include <cstdlib>

namespace ap_impl {
template <int W, int I, bool S, ap_q_mode Q = AP_TRN, ap_o_mode O = AP_WRAP, int N = 0> struct fixed_type {
    typedef ap_fixed<W, I, Q, O, N> type;
};
template <int W, int I, ap_q_mode Q, ap_o_mode O, int N> struct fixed_type<W, I, false, Q, O, N> {
    typedef ap_ufixed<W, I, Q, O, N> type;
};
// Result types of binary operators (spec section 4).
template <int W1, int I1, bool S1, int W2, int I2, bool S2> struct fixed_rt {
    enum {
        F1 = W1 - I1,
        F2 = W2 - I2,
        Ia = cmax(I1 + ((S2 && !S1) ? 1 : 0), I2 + ((S1 && !S2) ? 1 : 0)),
        Fm = cmax(F1, F2),
        plus_i = Ia + 1,
        plus_w = Ia + 1 + Fm,
        mult_i = I1 + I2,
        mult_w = W1 + W2,
        div_i = I1 + F2 + (S2 ? 1 : 0),
        div_w = div_i + F1 + cmax(F2, 0) - F2,
        logic_i = Ia,
        logic_w = Ia + Fm
    };
    static const bool S = S1 || S2;
    typedef typename fixed_type<plus_w, plus_i, S>::type plus;
    typedef typename fixed_type<plus_w, plus_i, true>::type minus;
    typedef typename fixed_type<mult_w, mult_i, S>::type mult;
    typedef typename fixed_type<div_w, div_i, S>::type div;
    typedef typename fixed_type<logic_w, logic_i, S>::type logic;
};
template <typename T> struct cint_fx {
    typedef ap_fixed_base<c_int<T>::width, c_int<T>::width, c_int<T>::sign, AP_TRN, AP_WRAP, 0> type;
};
}  // namespace ap_impl

template <int W, int I, bool S, ap_q_mode Q, ap_o_mode O, int N> struct ap_fixed_base {
    static_assert(W >= 1, "ap_[u]fixed: the width W must be at least 1");
    static_assert(AP_INT_MAX_W <= 32768, "AP_INT_MAX_W may be at most 32768");
    static_assert(W <= AP_INT_MAX_W,
                  "ap_[u]fixed: W exceeds AP_INT_MAX_W (default 1024); define AP_INT_MAX_W before including ap_fixed.h");
    static_assert(N >= 0 && N <= W, "ap_[u]fixed: the number of saturation bits N must be in 0..W");
    static_assert(S || O != AP_WRAP_SM, "ap_ufixed: AP_WRAP_SM is not supported for unsigned types");
    enum { width = W, iwidth = I, fwidth = W - I, NW = ap_impl::nl(W) };
    static const bool sign_flag = S;
    static const ap_q_mode qmode = Q;
    static const ap_o_mode omode = O;
    static const int sat_bits = N;
    typedef typename ap_impl::fixed_type<W, I, S, Q, O, N>::type derived_type;

    // Internal two's complement storage of the raw W-bit value R (value = R * 2^-F). Not API.
    ap_impl::u64 ap_limbs_[NW];

    // Conversion of the exact value src * 2^-F2 (src: W2-bit raw, signedness S2) per spec section 2.
    template <int W2, int F2, bool S2> AP_IMPL_INLINE void from_raw(const ap_impl::u64* src) {
        const int SB = W2 + (S2 ? 0 : 1);
        const int NS = ap_impl::nl(SB);
        const int sh = (W - I) - F2;
        const int NT = ap_impl::nl(ap_impl::cmax(SB + ap_impl::cmin(ap_impl::cmax(sh, 0), W + 2), W) + 2);
        ap_impl::u64 s[NS];
        ap_impl::ext<NS, ap_impl::nl(W2)>(s, src, S2);
        ap_impl::quantize<W, S, Q, O, N, NS, NT>(ap_limbs_, s, sh);
    }
    void from_double(double d) {
        const ap_impl::dbl_parts p = ap_impl::decode_double(d);
        const ap_impl::u64 m = (ap_impl::u64)p.m;
        const int NT = ap_impl::nl(54 + W + 2 + 2);
        ap_impl::quantize<W, S, Q, O, N, 1, NT>(ap_limbs_, &m, (W - I) + p.e);
    }

    ap_fixed_base() : ap_limbs_() {}
    ap_fixed_base(const ap_fixed_base&) = default;
    ap_fixed_base& operator=(const ap_fixed_base&) = default;
    template <int W2, int I2, bool S2, ap_q_mode Q2, ap_o_mode O2, int N2>
    ap_fixed_base(const ap_fixed_base<W2, I2, S2, Q2, O2, N2>& o) {
        from_raw<W2, W2 - I2, S2>(o.ap_limbs_);
    }
    template <int W2, bool S2> ap_fixed_base(const ap_int_base<W2, S2>& o) { from_raw<W2, 0, S2>(o.ap_limbs_); }
    template <int W2, bool S2> ap_fixed_base(const ap_bit_ref<W2, S2>& b) {
        const ap_impl::u64 v = b.to_bool() ? 1 : 0;
        from_raw<1, 0, false>(&v);
    }
#define AP_IMPL_FB_CTOR(T)                                                                           \
    ap_fixed_base(T v) {                                                                             \
        const ap_impl::u64 x = ap_impl::c_int<T>::sign ? (ap_impl::u64)(ap_impl::i64)v : (ap_impl::u64)v; \
        from_raw<ap_impl::c_int<T>::width, 0, ap_impl::c_int<T>::sign>(&x);                          \
    }
    AP_IMPL_FOR_CINTS(AP_IMPL_FB_CTOR)
#undef AP_IMPL_FB_CTOR
    ap_fixed_base(double d) { from_double(d); }
    ap_fixed_base(float f) { from_double((double)f); }
    // Strings are parsed with strtod (exact for hexadecimal and for decimals representable as double).
    explicit ap_fixed_base(const char* s) { from_double(std::strtod(s, nullptr)); }

    // ---- conversions ----
    double to_double() const { return ap_impl::to_double_impl<NW>(ap_limbs_, S, W - I); }
    float to_float() const { return ap_impl::to_float_impl<NW>(ap_limbs_, S, W - I); }
    long long to_int64() const {
        ap_impl::u64 r;
        ap_impl::trunc_int<1, NW>(&r, ap_limbs_, S, W - I);
        return (long long)r;
    }
    unsigned long long to_uint64() const { return (unsigned long long)to_int64(); }
    int to_int() const { return (int)(unsigned)to_uint64(); }
    unsigned to_uint() const { return (unsigned)to_uint64(); }
    long to_long() const { return (long)to_int64(); }
    unsigned long to_ulong() const { return (unsigned long)to_uint64(); }
    bool to_bool() const { return !ap_impl::is_zero<NW>(ap_limbs_); }
    std::string to_string() const { return ap_impl::to_decimal<NW>(ap_limbs_, S, W - I); }
    // The integer part as ap_[u]int (truncated toward zero, wrapped); I < 1 gives width 1.
    typename ap_impl::int_type<(I > 1 ? I : 1), S>::type to_ap_int_base() const {
        return typename ap_impl::int_type<(I > 1 ? I : 1), S>::type(*this);
    }
    operator double() const { return to_double(); }  // implicit, as in Vitis
    explicit operator float() const { return to_float(); }
    explicit operator bool() const { return to_bool(); }
#define AP_IMPL_FB_CONV(T) \
    explicit operator T() const { return (T)to_int64(); }
    AP_IMPL_FB_CONV(char) AP_IMPL_FB_CONV(signed char) AP_IMPL_FB_CONV(unsigned char)
    AP_IMPL_FB_CONV(short) AP_IMPL_FB_CONV(unsigned short) AP_IMPL_FB_CONV(int) AP_IMPL_FB_CONV(unsigned int)
    AP_IMPL_FB_CONV(long) AP_IMPL_FB_CONV(unsigned long) AP_IMPL_FB_CONV(long long) AP_IMPL_FB_CONV(unsigned long long)
#undef AP_IMPL_FB_CONV

    bool is_neg() const { return S && ap_impl::is_neg<NW>(ap_limbs_); }
    bool iszero() const { return ap_impl::is_zero<NW>(ap_limbs_); }
    static int length() { return W; }

    // ---- raw bit access (bit 0 = 2^-F) ----
    ap_bit_ref<W, S> operator[](int i) { return ap_bit_ref<W, S>(ap_limbs_, i); }
    bool operator[](int i) const { return ap_impl::getbit<NW>(ap_limbs_, i); }
    ap_bit_ref<W, S> bit(int i) { return (*this)[i]; }
    bool bit(int i) const { return (*this)[i]; }
    bool get_bit(int i) const { return (*this)[i]; }
    void set_bit(int i, bool v) { ap_impl::setbit<NW>(ap_limbs_, i, v); ap_impl::normalize<W, S>(ap_limbs_); }
    ap_range_ref<W, S> range(int hi, int lo) { return ap_range_ref<W, S>(ap_limbs_, hi, lo); }
    ap_range_ref<W, S> range() { return range(W - 1, 0); }
    ap_range_ref<W, S> operator()(int hi, int lo) { return range(hi, lo); }
    ap_uint<W> range(int hi, int lo) const {
        ap_impl::u64 tmp[NW];
        for (int i = 0; i < NW; ++i) tmp[i] = ap_limbs_[i];
        return ap_uint<W>(ap_range_ref<W, S>(tmp, hi, lo));
    }
    ap_uint<W> range() const { return range(W - 1, 0); }
    ap_uint<W> operator()(int hi, int lo) const { return range(hi, lo); }

    // ---- compound assignment: full-precision result, then section 2 with this type's modes ----
#define AP_IMPL_FB_COMPOUND(OP)                                                                     \
    template <int W2, int I2, bool S2, ap_q_mode Q2, ap_o_mode O2, int N2>                          \
    ap_fixed_base& operator OP##=(const ap_fixed_base<W2, I2, S2, Q2, O2, N2>& o) {                 \
        *this = ap_fixed_base(*this OP o);                                                          \
        return *this;                                                                               \
    }                                                                                               \
    template <int W2, bool S2> ap_fixed_base& operator OP##=(const ap_int_base<W2, S2>& o) {        \
        *this = ap_fixed_base(*this OP o);                                                          \
        return *this;                                                                               \
    }                                                                                               \
    template <typename T>                                                                           \
    typename std::enable_if<std::is_integral<T>::value, ap_fixed_base&>::type operator OP##=(T o) { \
        *this = ap_fixed_base(*this OP typename ap_impl::cint_fx<T>::type(o));                      \
        return *this;                                                                               \
    }                                                                                               \
    ap_fixed_base& operator OP##=(double) = delete;                                                 \
    ap_fixed_base& operator OP##=(float) = delete;
    AP_IMPL_FB_COMPOUND(+)
    AP_IMPL_FB_COMPOUND(-)
    AP_IMPL_FB_COMPOUND(*)
    AP_IMPL_FB_COMPOUND(/)
    AP_IMPL_FB_COMPOUND(&)
    AP_IMPL_FB_COMPOUND(|)
    AP_IMPL_FB_COMPOUND(^)
#undef AP_IMPL_FB_COMPOUND
    template <typename T> ap_fixed_base& operator<<=(const T& n) { *this = (*this << n); return *this; }
    template <typename T> ap_fixed_base& operator>>=(const T& n) { *this = (*this >> n); return *this; }

    ap_fixed_base& operator++() {
        static_assert(I <= W, "ap_[u]fixed: ++ is not available when I > W (as in Vitis)");
        *this = ap_fixed_base(*this + ap_fixed_base<1, 1, false, AP_TRN, AP_WRAP, 0>(1));
        return *this;
    }
    ap_fixed_base& operator--() {
        static_assert(I <= W, "ap_[u]fixed: -- is not available when I > W (as in Vitis)");
        *this = ap_fixed_base(*this - ap_fixed_base<1, 1, false, AP_TRN, AP_WRAP, 0>(1));
        return *this;
    }
    derived_type operator++(int) { derived_type r(*this); ++*this; return r; }
    derived_type operator--(int) { derived_type r(*this); --*this; return r; }
    bool operator!() const { return iszero(); }
};

// ---------------- ap_fixed / ap_ufixed ----------------
#define AP_IMPL_FIXED_CTORS(CLS, S)                                                                   \
    typedef ap_fixed_base<W, I, S, Q, O, N> Base;                                                     \
    CLS() {}                                                                                          \
    CLS(const CLS&) = default;                                                                        \
    CLS& operator=(const CLS&) = default;                                                             \
    template <int W2, int I2, bool S2, ap_q_mode Q2, ap_o_mode O2, int N2>                            \
    CLS(const ap_fixed_base<W2, I2, S2, Q2, O2, N2>& o) : Base(o) {}                                  \
    template <int W2, bool S2> CLS(const ap_int_base<W2, S2>& o) : Base(o) {}                         \
    template <int W2, bool S2> CLS(const ap_bit_ref<W2, S2>& o) : Base(o) {}                          \
    CLS(bool v) : Base(v) {}                                                                          \
    CLS(char v) : Base(v) {}                                                                          \
    CLS(signed char v) : Base(v) {}                                                                   \
    CLS(unsigned char v) : Base(v) {}                                                                 \
    CLS(short v) : Base(v) {}                                                                         \
    CLS(unsigned short v) : Base(v) {}                                                                \
    CLS(int v) : Base(v) {}                                                                           \
    CLS(unsigned int v) : Base(v) {}                                                                  \
    CLS(long v) : Base(v) {}                                                                          \
    CLS(unsigned long v) : Base(v) {}                                                                 \
    CLS(long long v) : Base(v) {}                                                                     \
    CLS(unsigned long long v) : Base(v) {}                                                            \
    CLS(double v) : Base(v) {}                                                                        \
    CLS(float v) : Base(v) {}                                                                         \
    CLS(const char* s) : Base(s) {}

template <int W, int I, ap_q_mode Q, ap_o_mode O, int N> struct ap_fixed : ap_fixed_base<W, I, true, Q, O, N> {
    AP_IMPL_FIXED_CTORS(ap_fixed, true)
};
template <int W, int I, ap_q_mode Q, ap_o_mode O, int N> struct ap_ufixed : ap_fixed_base<W, I, false, Q, O, N> {
    AP_IMPL_FIXED_CTORS(ap_ufixed, false)
};
#undef AP_IMPL_FIXED_CTORS

// ---------------- out-of-class members of ap_int_base / ap_range_ref that need ap_fixed_base ----------------
template <int W, bool S>
template <int W2, int I2, bool S2, ap_q_mode Q2, ap_o_mode O2, int N2>
ap_int_base<W, S>::ap_int_base(const ap_fixed_base<W2, I2, S2, Q2, O2, N2>& o) {
    ap_impl::trunc_int<NW, ap_impl::nl(W2)>(ap_limbs_, o.ap_limbs_, S2, W2 - I2);
    ap_impl::normalize<W, S>(ap_limbs_);
}
template <int W, bool S>
template <int W2, int I2, bool S2, ap_q_mode Q2, ap_o_mode O2, int N2>
ap_range_ref<W, S>& ap_range_ref<W, S>::operator=(const ap_fixed_base<W2, I2, S2, Q2, O2, N2>& v) {
    ap_int_base<W2, S2> raw;
    for (int i = 0; i < ap_impl::nl(W2); ++i) raw.ap_limbs_[i] = v.ap_limbs_[i];
    return assign(raw);
}

namespace ap_impl {
// An ap_[u]int<W> viewed as ap_[u]fixed<W,W> (exact, same raw bits).
template <int W, bool S> AP_IMPL_INLINE ap_fixed_base<W, W, S, AP_TRN, AP_WRAP, 0> int_as_fixed(const ap_int_base<W, S>& a) {
    ap_fixed_base<W, W, S, AP_TRN, AP_WRAP, 0> r;
    for (int i = 0; i < ap_impl::nl(W); ++i) r.ap_limbs_[i] = a.ap_limbs_[i];
    return r;
}
}  // namespace ap_impl

#define AP_IMPL_FX_T1 int W1, int I1, bool S1, ap_q_mode Q1, ap_o_mode O1, int N1
#define AP_IMPL_FX_T2 int W2, int I2, bool S2, ap_q_mode Q2, ap_o_mode O2, int N2
#define AP_IMPL_FX_A1 ap_fixed_base<W1, I1, S1, Q1, O1, N1>
#define AP_IMPL_FX_A2 ap_fixed_base<W2, I2, S2, Q2, O2, N2>

// + - & | ^ : align the binary points, then exact integer operation
#define AP_IMPL_FX_ALIGNED(OP, RT, FN)                                                                      \
    template <AP_IMPL_FX_T1, AP_IMPL_FX_T2>                                                                 \
    inline typename ap_impl::fixed_rt<W1, I1, S1, W2, I2, S2>::RT operator OP(const AP_IMPL_FX_A1& a,        \
                                                                          const AP_IMPL_FX_A2& b) {         \
        typedef typename ap_impl::fixed_rt<W1, I1, S1, W2, I2, S2>::RT R;                                   \
        const int NR = R::NW, FR = R::fwidth;                                                               \
        ap_impl::u64 x[NR], y[NR];                                                                          \
        ap_impl::ext<NR, ap_impl::nl(W1)>(x, a.ap_limbs_, S1);                                              \
        ap_impl::ext<NR, ap_impl::nl(W2)>(y, b.ap_limbs_, S2);                                              \
        if (FR - (W1 - I1) > 0) ap_impl::shl<NR>(x, x, FR - (W1 - I1));                                     \
        if (FR - (W2 - I2) > 0) ap_impl::shl<NR>(y, y, FR - (W2 - I2));                                     \
        R r;                                                                                                \
        FN;                                                                                                 \
        ap_impl::normalize<R::width, R::sign_flag>(r.ap_limbs_);                                            \
        return r;                                                                                           \
    }
AP_IMPL_FX_ALIGNED(+, plus, ap_impl::add<NR>(r.ap_limbs_, x, y))
AP_IMPL_FX_ALIGNED(-, minus, ap_impl::sub<NR>(r.ap_limbs_, x, y))
AP_IMPL_FX_ALIGNED(&, logic, for (int i = 0; i < NR; ++i) r.ap_limbs_[i] = x[i] & y[i])
AP_IMPL_FX_ALIGNED(|, logic, for (int i = 0; i < NR; ++i) r.ap_limbs_[i] = x[i] | y[i])
AP_IMPL_FX_ALIGNED(^, logic, for (int i = 0; i < NR; ++i) r.ap_limbs_[i] = x[i] ^ y[i])
#undef AP_IMPL_FX_ALIGNED

template <AP_IMPL_FX_T1, AP_IMPL_FX_T2>
inline typename ap_impl::fixed_rt<W1, I1, S1, W2, I2, S2>::mult operator*(const AP_IMPL_FX_A1& a, const AP_IMPL_FX_A2& b) {
    typedef typename ap_impl::fixed_rt<W1, I1, S1, W2, I2, S2>::mult R;
    const int NR = R::NW;
    ap_impl::u64 x[NR], y[NR];
    ap_impl::ext<NR, ap_impl::nl(W1)>(x, a.ap_limbs_, S1);
    ap_impl::ext<NR, ap_impl::nl(W2)>(y, b.ap_limbs_, S2);
    R r;
    ap_impl::mul<NR>(r.ap_limbs_, x, y);
    ap_impl::normalize<R::width, R::sign_flag>(r.ap_limbs_);
    return r;
}

// Division: (R1 * 2^max(F2,0)) / R2 truncated toward zero, whatever the Q mode (spec section 4).
template <AP_IMPL_FX_T1, AP_IMPL_FX_T2>
inline typename ap_impl::fixed_rt<W1, I1, S1, W2, I2, S2>::div operator/(const AP_IMPL_FX_A1& a, const AP_IMPL_FX_A2& b) {
    typedef typename ap_impl::fixed_rt<W1, I1, S1, W2, I2, S2>::div R;
    const int F2 = W2 - I2;
    const int sh = F2 > 0 ? F2 : 0;
    const int NL = ap_impl::nl(ap_impl::cmax(W1 + sh, W2) + 2);
    ap_impl::u64 x[NL], y[NL], q[NL], m[NL];
    ap_impl::ext<NL, ap_impl::nl(W1)>(x, a.ap_limbs_, S1);
    ap_impl::ext<NL, ap_impl::nl(W2)>(y, b.ap_limbs_, S2);
    if (sh > 0) ap_impl::shl<NL>(x, x, sh);
    ap_impl::sdivmod<NL>(q, m, x, y, S1, S2);
    R r;
    ap_impl::ext<R::NW, NL>(r.ap_limbs_, q, true);
    ap_impl::normalize<R::width, R::sign_flag>(r.ap_limbs_);
    return r;
}

// unary
template <int W, int I, bool S, ap_q_mode Q, ap_o_mode O, int N>
inline ap_fixed<W + 1, I + 1> operator-(const ap_fixed_base<W, I, S, Q, O, N>& a) {
    ap_fixed<W + 1, I + 1> r;
    ap_impl::u64 x[ap_fixed<W + 1, I + 1>::NW];
    ap_impl::ext<ap_fixed<W + 1, I + 1>::NW, ap_impl::nl(W)>(x, a.ap_limbs_, S);
    ap_impl::negate<ap_fixed<W + 1, I + 1>::NW>(r.ap_limbs_, x);
    ap_impl::normalize<W + 1, true>(r.ap_limbs_);
    return r;
}
template <int W, int I, bool S, ap_q_mode Q, ap_o_mode O, int N>
inline typename ap_impl::fixed_type<W, I, S, Q, O, N>::type operator+(const ap_fixed_base<W, I, S, Q, O, N>& a) {
    return typename ap_impl::fixed_type<W, I, S, Q, O, N>::type(a);
}
template <int W, int I, bool S, ap_q_mode Q, ap_o_mode O, int N>
inline typename ap_impl::fixed_type<W, I, S>::type operator~(const ap_fixed_base<W, I, S, Q, O, N>& a) {
    typename ap_impl::fixed_type<W, I, S>::type r;
    ap_impl::bnot<ap_impl::nl(W)>(r.ap_limbs_, a.ap_limbs_);
    ap_impl::normalize<W, S>(r.ap_limbs_);
    return r;
}

// shifts: raw bits inside the same type (including Q/O/N); never round or saturate
#define AP_IMPL_FX_SHIFT(T)                                                                                 \
    template <int W, int I, bool S, ap_q_mode Q, ap_o_mode O, int N>                                        \
    inline typename ap_impl::fixed_type<W, I, S, Q, O, N>::type operator<<(const ap_fixed_base<W, I, S, Q, O, N>& a, T n) { \
        typename ap_impl::fixed_type<W, I, S, Q, O, N>::type r;                                             \
        ap_impl::shift_raw<W, S>(r.ap_limbs_, a.ap_limbs_, (long long)n, true);                             \
        return r;                                                                                           \
    }                                                                                                       \
    template <int W, int I, bool S, ap_q_mode Q, ap_o_mode O, int N>                                        \
    inline typename ap_impl::fixed_type<W, I, S, Q, O, N>::type operator>>(const ap_fixed_base<W, I, S, Q, O, N>& a, T n) { \
        typename ap_impl::fixed_type<W, I, S, Q, O, N>::type r;                                             \
        ap_impl::shift_raw<W, S>(r.ap_limbs_, a.ap_limbs_, (long long)n, false);                            \
        return r;                                                                                           \
    }
AP_IMPL_FOR_CINTS(AP_IMPL_FX_SHIFT)
#undef AP_IMPL_FX_SHIFT
template <int W, int I, bool S, ap_q_mode Q, ap_o_mode O, int N, int W2, bool S2>
inline typename ap_impl::fixed_type<W, I, S, Q, O, N>::type operator<<(const ap_fixed_base<W, I, S, Q, O, N>& a, const ap_int_base<W2, S2>& n) {
    typename ap_impl::fixed_type<W, I, S, Q, O, N>::type r;
    ap_impl::shift_raw<W, S>(r.ap_limbs_, a.ap_limbs_, ap_impl::shift_count(n), true);
    return r;
}
template <int W, int I, bool S, ap_q_mode Q, ap_o_mode O, int N, int W2, bool S2>
inline typename ap_impl::fixed_type<W, I, S, Q, O, N>::type operator>>(const ap_fixed_base<W, I, S, Q, O, N>& a, const ap_int_base<W2, S2>& n) {
    typename ap_impl::fixed_type<W, I, S, Q, O, N>::type r;
    ap_impl::shift_raw<W, S>(r.ap_limbs_, a.ap_limbs_, ap_impl::shift_count(n), false);
    return r;
}

// comparisons (exact for equal signedness; mixed-signedness quirks of spec section 6)
#define AP_IMPL_FX_CMP(OP, EQ)                                                                              \
    template <AP_IMPL_FX_T1, AP_IMPL_FX_T2> inline bool operator OP(const AP_IMPL_FX_A1& a, const AP_IMPL_FX_A2& b) { \
        return ap_impl::cmp_fixed<W1, W1 - I1, S1, W2, W2 - I2, S2>(a.ap_limbs_, b.ap_limbs_, EQ) OP 0;     \
    }                                                                                                       \
    template <AP_IMPL_FX_T1, int W2, bool S2> inline bool operator OP(const AP_IMPL_FX_A1& a, const ap_int_base<W2, S2>& b) { \
        return ap_impl::cmp_fixed<W1, W1 - I1, S1, W2, 0, S2>(a.ap_limbs_, b.ap_limbs_, EQ) OP 0;          \
    }                                                                                                       \
    template <int W1, bool S1, AP_IMPL_FX_T2> inline bool operator OP(const ap_int_base<W1, S1>& a, const AP_IMPL_FX_A2& b) { \
        return ap_impl::cmp_fixed<W1, 0, S1, W2, W2 - I2, S2>(a.ap_limbs_, b.ap_limbs_, EQ) OP 0;          \
    }                                                                                                       \
    template <AP_IMPL_FX_T1> inline bool operator OP(const AP_IMPL_FX_A1& a, double b) { return a.to_double() OP b; } \
    template <AP_IMPL_FX_T1> inline bool operator OP(double a, const AP_IMPL_FX_A1& b) { return a OP b.to_double(); } \
    template <AP_IMPL_FX_T1> inline bool operator OP(const AP_IMPL_FX_A1& a, float b) { return a.to_double() OP (double)b; } \
    template <AP_IMPL_FX_T1> inline bool operator OP(float a, const AP_IMPL_FX_A1& b) { return (double)a OP b.to_double(); }
AP_IMPL_FX_CMP(==, true)
AP_IMPL_FX_CMP(!=, true)
AP_IMPL_FX_CMP(<, false)
AP_IMPL_FX_CMP(>, false)
AP_IMPL_FX_CMP(<=, false)
AP_IMPL_FX_CMP(>=, false)
#undef AP_IMPL_FX_CMP

// mixed with ap_[u]int (as ap_[u]fixed<W,W>) and C integers (as ap_[u]fixed<B,B>)
#define AP_IMPL_FX_MIXED(OP, RT)                                                                            \
    template <AP_IMPL_FX_T1, int W2, bool S2>                                                               \
    inline typename ap_impl::fixed_rt<W1, I1, S1, W2, W2, S2>::RT operator OP(const AP_IMPL_FX_A1& a,        \
                                                                          const ap_int_base<W2, S2>& b) {   \
        return a OP ap_impl::int_as_fixed(b);                                                               \
    }                                                                                                       \
    template <int W1, bool S1, AP_IMPL_FX_T2>                                                               \
    inline typename ap_impl::fixed_rt<W1, W1, S1, W2, I2, S2>::RT operator OP(const ap_int_base<W1, S1>& a,  \
                                                                          const AP_IMPL_FX_A2& b) {         \
        return ap_impl::int_as_fixed(a) OP b;                                                               \
    }
AP_IMPL_FX_MIXED(+, plus)
AP_IMPL_FX_MIXED(-, minus)
AP_IMPL_FX_MIXED(*, mult)
AP_IMPL_FX_MIXED(/, div)
AP_IMPL_FX_MIXED(&, logic)
AP_IMPL_FX_MIXED(|, logic)
AP_IMPL_FX_MIXED(^, logic)
#undef AP_IMPL_FX_MIXED

#define AP_IMPL_FX_CINT_OP(OP, RT, T)                                                                       \
    template <AP_IMPL_FX_T1>                                                                                \
    inline typename ap_impl::fixed_rt<W1, I1, S1, ap_impl::c_int<T>::width, ap_impl::c_int<T>::width,      \
                                      ap_impl::c_int<T>::sign>::RT                                          \
    operator OP(const AP_IMPL_FX_A1& a, T b) {                                                              \
        return a OP typename ap_impl::cint_fx<T>::type(b);                                                  \
    }                                                                                                       \
    template <AP_IMPL_FX_T1>                                                                                \
    inline typename ap_impl::fixed_rt<ap_impl::c_int<T>::width, ap_impl::c_int<T>::width,                  \
                                      ap_impl::c_int<T>::sign, W1, I1, S1>::RT                              \
    operator OP(T a, const AP_IMPL_FX_A1& b) {                                                              \
        return typename ap_impl::cint_fx<T>::type(a) OP b;                                                  \
    }
#define AP_IMPL_FX_CINT_CMP(OP, T)                                                                          \
    template <AP_IMPL_FX_T1> inline bool operator OP(const AP_IMPL_FX_A1& a, T b) {                         \
        return a OP typename ap_impl::cint_fx<T>::type(b);                                                  \
    }                                                                                                       \
    template <AP_IMPL_FX_T1> inline bool operator OP(T a, const AP_IMPL_FX_A1& b) {                         \
        return typename ap_impl::cint_fx<T>::type(a) OP b;                                                  \
    }
#define AP_IMPL_FX_CINT_ALL(T)                                                                              \
    AP_IMPL_FX_CINT_OP(+, plus, T) AP_IMPL_FX_CINT_OP(-, minus, T) AP_IMPL_FX_CINT_OP(*, mult, T)           \
    AP_IMPL_FX_CINT_OP(/, div, T) AP_IMPL_FX_CINT_OP(&, logic, T) AP_IMPL_FX_CINT_OP(|, logic, T)           \
    AP_IMPL_FX_CINT_OP(^, logic, T)                                                                         \
    AP_IMPL_FX_CINT_CMP(==, T) AP_IMPL_FX_CINT_CMP(!=, T) AP_IMPL_FX_CINT_CMP(<, T)                         \
    AP_IMPL_FX_CINT_CMP(>, T) AP_IMPL_FX_CINT_CMP(<=, T) AP_IMPL_FX_CINT_CMP(>=, T)
AP_IMPL_FOR_CINTS(AP_IMPL_FX_CINT_ALL)
#undef AP_IMPL_FX_CINT_ALL
#undef AP_IMPL_FX_CINT_OP
#undef AP_IMPL_FX_CINT_CMP

#undef AP_IMPL_FX_T1
#undef AP_IMPL_FX_T2
#undef AP_IMPL_FX_A1
#undef AP_IMPL_FX_A2

template <int W, int I, bool S, ap_q_mode Q, ap_o_mode O, int N>
inline std::ostream& operator<<(std::ostream& os, const ap_fixed_base<W, I, S, Q, O, N>& a) {
    return os << a.to_double();
}

#endif  // HLS4NET_AP_FIXED_BASE_H
