// Hls4Net arbitrary-precision types: ap_int_base, ap_int, ap_uint, bit and range references.
//
// Clean-room implementation written from documented behaviour only
// (docs/ap-fixed-semantics.md). No vendor header code was consulted.
//
// SPDX-License-Identifier: Apache-2.0
// Copyright (c) Hls4Net developers
#ifndef HLS4NET_AP_INT_BASE_H
#define HLS4NET_AP_INT_BASE_H

#include "ap_common.h"
#include <type_traits>

namespace ap_impl {
template <int W, bool S> struct int_type { typedef ap_int<W> type; };
template <int W> struct int_type<W, false> { typedef ap_uint<W> type; };
}  // namespace ap_impl

// Reference to one bit of an ap_[u]int / ap_[u]fixed (parent width W, signedness S).
template <int W, bool S> struct ap_bit_ref {
    ap_impl::u64* p_;
    int i_;
    ap_bit_ref(ap_impl::u64* p, int i) : p_(p), i_(i) {}
    ap_bit_ref(const ap_bit_ref&) = default;
    bool to_bool() const { return ap_impl::getbit<ap_impl::nl(W)>(p_, i_); }
    operator bool() const { return to_bool(); }
    bool get() const { return to_bool(); }
    ap_bit_ref& operator=(bool v) {
        ap_impl::setbit<ap_impl::nl(W)>(p_, i_, v);
        ap_impl::normalize<W, S>(p_);
        return *this;
    }
    ap_bit_ref& operator=(const ap_bit_ref& o) { return *this = o.to_bool(); }
    bool operator~() const { return !to_bool(); }
    bool operator!() const { return !to_bool(); }
};

template <int W, bool S> struct ap_range_ref;

template <int W, bool S> struct ap_int_base {
    static_assert(W >= 1, "ap_int/ap_uint: the width W must be at least 1");
    static_assert(W <= HLS4NET_AP_INT_LIMIT, "ap_int/ap_uint: widths above 32768 bits are not supported");
    enum { width = W, NW = ap_impl::nl(W) };
    static const bool sign_flag = S;
    typedef typename ap_impl::int_type<W, S>::type derived_type;
    typedef typename std::conditional<S, long long, unsigned long long>::type RetType;

    // Internal two's complement storage (canonical: bits above W are sign/zero extended). Not API.
    ap_impl::u64 ap_limbs_[NW];

    ap_int_base() : ap_limbs_() {}
    ap_int_base(const ap_int_base&) = default;
    ap_int_base& operator=(const ap_int_base&) = default;
    template <int W2, bool S2> ap_int_base(const ap_int_base<W2, S2>& o) {
        ap_impl::ext<NW, ap_int_base<W2, S2>::NW>(ap_limbs_, o.ap_limbs_, S2);
        ap_impl::normalize<W, S>(ap_limbs_);
    }
    template <int W2, bool S2> ap_int_base(const ap_bit_ref<W2, S2>& b) : ap_limbs_() { ap_limbs_[0] = b.to_bool() ? 1 : 0; }
    template <int W2, int I2, bool S2, ap_q_mode Q2, ap_o_mode O2, int N2>
    ap_int_base(const ap_fixed_base<W2, I2, S2, Q2, O2, N2>& o);  // truncate toward zero, wrap
#define AP_IMPL_IB_CTOR(T)                                                        \
    ap_int_base(T v) {                                                            \
        const ap_impl::u64 x = ap_impl::c_int<T>::sign ? (ap_impl::u64)(ap_impl::i64)v : (ap_impl::u64)v; \
        set_u64(x, ap_impl::c_int<T>::sign && (ap_impl::i64)x < 0);              \
    }
    AP_IMPL_FOR_CINTS(AP_IMPL_IB_CTOR)
#undef AP_IMPL_IB_CTOR
    // double/float: truncate toward zero, then wrap (a value in (-1,0) gives 0).
    ap_int_base(double d) {
        const ap_impl::dbl_parts p = ap_impl::decode_double(d);
        const ap_impl::u64 m = (ap_impl::u64)p.m;
        ap_impl::trunc_int<NW, 1>(ap_limbs_, &m, true, -p.e);
        ap_impl::normalize<W, S>(ap_limbs_);
    }
    ap_int_base(float f) : ap_int_base((double)f) {}
    // String: optional '-', then digits in radix (2, 8, 10, 16) or a 0b/0o/0x prefix.
    explicit ap_int_base(const char* s, int radix = 10) : ap_limbs_() { from_string(s, radix); }

    void set_u64(ap_impl::u64 x, bool neg) {
        for (int i = 0; i < NW; ++i) ap_limbs_[i] = i == 0 ? x : (neg ? ~0ULL : 0ULL);
        ap_impl::normalize<W, S>(ap_limbs_);
    }
    void from_string(const char* s, int radix) {
        bool neg = false;
        while (*s == ' ') ++s;
        if (*s == '-') { neg = true; ++s; } else if (*s == '+') ++s;
        if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) { radix = 16; s += 2; }
        else if (s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) { radix = 2; s += 2; }
        else if (s[0] == '0' && (s[1] == 'o' || s[1] == 'O')) { radix = 8; s += 2; }
        ap_impl::u64 acc[NW], rdx[NW], dg[NW];
        ap_impl::zero<NW>(acc);
        for (; *s; ++s) {
            const char c = *s;
            int v = -1;
            if (c >= '0' && c <= '9') v = c - '0';
            else if (c >= 'a' && c <= 'f') v = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F') v = c - 'A' + 10;
            if (v < 0 || v >= radix) break;
            ap_impl::zero<NW>(rdx); rdx[0] = (ap_impl::u64)radix;
            ap_impl::zero<NW>(dg); dg[0] = (ap_impl::u64)v;
            ap_impl::mul<NW>(acc, acc, rdx);
            ap_impl::add<NW>(acc, acc, dg);
        }
        if (neg) ap_impl::negate<NW>(acc, acc);
        for (int i = 0; i < NW; ++i) ap_limbs_[i] = acc[i];
        ap_impl::normalize<W, S>(ap_limbs_);
    }

    // ---- queries and conversions ----
    bool is_neg() const { return S && ap_impl::is_neg<NW>(ap_limbs_); }
    bool iszero() const { return ap_impl::is_zero<NW>(ap_limbs_); }
    bool is_zero() const { return iszero(); }
    static int length() { return W; }
    int to_int() const { return (int)(unsigned)ap_limbs_[0]; }
    unsigned to_uint() const { return (unsigned)ap_limbs_[0]; }
    long to_long() const { return (long)ap_limbs_[0]; }
    unsigned long to_ulong() const { return (unsigned long)ap_limbs_[0]; }
    long long to_int64() const { return (long long)ap_limbs_[0]; }
    unsigned long long to_uint64() const { return ap_limbs_[0]; }
    bool to_bool() const { return !iszero(); }
    double to_double() const { return ap_impl::to_double_impl<NW>(ap_limbs_, S, 0); }
    float to_float() const { return ap_impl::to_float_impl<NW>(ap_limbs_, S, 0); }
    // Implicit conversion to a 64-bit C integer (low 64 bits), as in Vitis.
    operator RetType() const { return (RetType)ap_limbs_[0]; }
    std::string to_string(int radix = 10) const {
        if (radix == 10) return ap_impl::to_decimal<NW>(ap_limbs_, S, 0);
        const int bpd = radix == 2 ? 1 : (radix == 8 ? 3 : 4);
        ap_impl::u64 m[NW];
        if (is_neg()) ap_impl::negate<NW>(m, ap_limbs_);
        else for (int i = 0; i < NW; ++i) m[i] = ap_limbs_[i];
        std::string r;
        for (int pos = 0; pos < 64 * NW; pos += bpd) {
            int d = 0;
            for (int b = 0; b < bpd; ++b) d |= (ap_impl::getbit<NW>(m, pos + b) && pos + b < 64 * NW ? 1 : 0) << b;
            r.push_back("0123456789abcdef"[d]);
        }
        while (r.size() > 1 && r.back() == '0') r.pop_back();
        std::string pre = radix == 2 ? "0b" : (radix == 8 ? "0o" : "0x");
        return (is_neg() ? "-" : "") + pre + std::string(r.rbegin(), r.rend());
    }

    // ---- bit access ----
    ap_bit_ref<W, S> operator[](int i) { return ap_bit_ref<W, S>(ap_limbs_, i); }
    bool operator[](int i) const { return ap_impl::getbit<NW>(ap_limbs_, i); }
    ap_bit_ref<W, S> bit(int i) { return (*this)[i]; }
    bool bit(int i) const { return (*this)[i]; }
    bool test(int i) const { return (*this)[i]; }
    bool get_bit(int i) const { return (*this)[i]; }
    void set_bit(int i, bool v) { ap_impl::setbit<NW>(ap_limbs_, i, v); ap_impl::normalize<W, S>(ap_limbs_); }
    void set(int i) { set_bit(i, true); }
    void clear(int i) { set_bit(i, false); }
    void set(int i, bool v) { set_bit(i, v); }
    void invert(int i) { set_bit(i, !get_bit(i)); }
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
    bool and_reduce() const {
        ap_impl::u64 t[NW];
        ap_impl::bnot<NW>(t, ap_limbs_);
        return !ap_impl::any_low<NW>(t, W);
    }
    bool or_reduce() const { return !iszero(); }
    bool xor_reduce() const {
        int c = 0;
        for (int i = 0; i < NW; ++i) c ^= __builtin_parityll(i == NW - 1 ? (ap_limbs_[i] & ap_impl::lowmask(W - 64 * (NW - 1))) : ap_limbs_[i]);
        return c != 0;
    }
    bool nand_reduce() const { return !and_reduce(); }
    bool nor_reduce() const { return !or_reduce(); }
    bool xnor_reduce() const { return !xor_reduce(); }
    int countLeadingZeros() const {
        for (int i = W - 1; i >= 0; --i) if (get_bit(i)) return W - 1 - i;
        return W;
    }
    void reverse() {
        derived_type t(*this);
        for (int i = 0; i < W; ++i) ap_impl::setbit<NW>(ap_limbs_, i, t.get_bit(W - 1 - i));
        ap_impl::normalize<W, S>(ap_limbs_);
    }
    void b_not() { ap_impl::bnot<NW>(ap_limbs_, ap_limbs_); ap_impl::normalize<W, S>(ap_limbs_); }

    // ---- compound assignment: full-precision result, then wrap into this type ----
#define AP_IMPL_IB_COMPOUND(OP)                                                              \
    template <int W2, bool S2> ap_int_base& operator OP##=(const ap_int_base<W2, S2>& o) {  \
        *this = ap_int_base(*this OP o);                                                     \
        return *this;                                                                        \
    }                                                                                        \
    template <int W2, int I2, bool S2, ap_q_mode Q2, ap_o_mode O2, int N2>                   \
    ap_int_base& operator OP##=(const ap_fixed_base<W2, I2, S2, Q2, O2, N2>& o) {            \
        *this = ap_int_base(*this OP o);                                                     \
        return *this;                                                                        \
    }                                                                                        \
    template <typename T> typename std::enable_if<std::is_integral<T>::value, ap_int_base&>::type \
    operator OP##=(T o) {                                                                    \
        *this = ap_int_base(*this OP ap_int_base<ap_impl::c_int<T>::width, ap_impl::c_int<T>::sign>(o)); \
        return *this;                                                                        \
    }                                                                                        \
    ap_int_base& operator OP##=(double) = delete;                                            \
    ap_int_base& operator OP##=(float) = delete;
    AP_IMPL_IB_COMPOUND(+)
    AP_IMPL_IB_COMPOUND(-)
    AP_IMPL_IB_COMPOUND(*)
    AP_IMPL_IB_COMPOUND(/)
    AP_IMPL_IB_COMPOUND(%)
    AP_IMPL_IB_COMPOUND(&)
    AP_IMPL_IB_COMPOUND(|)
    AP_IMPL_IB_COMPOUND(^)
#undef AP_IMPL_IB_COMPOUND
    template <typename T> ap_int_base& operator<<=(const T& n) { *this = (*this << n); return *this; }
    template <typename T> ap_int_base& operator>>=(const T& n) { *this = (*this >> n); return *this; }

    ap_int_base& operator++() { ap_impl::add1<NW>(ap_limbs_); ap_impl::normalize<W, S>(ap_limbs_); return *this; }
    ap_int_base& operator--() {
        ap_impl::u64 one[NW];
        ap_impl::zero<NW>(one); one[0] = 1;
        ap_impl::sub<NW>(ap_limbs_, ap_limbs_, one);
        ap_impl::normalize<W, S>(ap_limbs_);
        return *this;
    }
    derived_type operator++(int) { derived_type r(*this); ++*this; return r; }
    derived_type operator--(int) { derived_type r(*this); --*this; return r; }
    bool operator!() const { return iszero(); }
};

// Reference to bits hi..lo of a parent (width W, signedness S). In arithmetic it acts as an
// ap_uint<W> holding the selected bits (reversed if hi < lo); assignment writes them back.
template <int W, bool S> struct ap_range_ref : ap_int_base<W, false> {
    typedef ap_int_base<W, false> Base;
    ap_impl::u64* p_;
    int hi_, lo_;
    ap_range_ref(ap_impl::u64* p, int hi, int lo) : Base(), p_(p), hi_(hi), lo_(lo) { load(); }
    ap_range_ref(const ap_range_ref&) = default;
    void load() {
        const int NW = ap_impl::nl(W);
        const int len = hi_ >= lo_ ? hi_ - lo_ + 1 : lo_ - hi_ + 1;
        ap_impl::zero<NW>(this->ap_limbs_);
        for (int j = 0; j < len; ++j) {
            const int src = hi_ >= lo_ ? lo_ + j : lo_ - j;
            if (ap_impl::getbit<NW>(p_, src)) ap_impl::setbit<NW>(this->ap_limbs_, j, true);
        }
    }
    template <int W2, bool S2> ap_range_ref& assign(const ap_int_base<W2, S2>& v) {
        const int NW = ap_impl::nl(W);
        const int len = hi_ >= lo_ ? hi_ - lo_ + 1 : lo_ - hi_ + 1;
        for (int j = 0; j < len; ++j) {
            const int dst = hi_ >= lo_ ? lo_ + j : lo_ - j;
            ap_impl::setbit<NW>(p_, dst, j < W2 ? ap_impl::getbit<ap_impl::nl(W2)>(v.ap_limbs_, j) : (S2 && v.is_neg()));
        }
        ap_impl::normalize<W, S>(p_);
        load();
        return *this;
    }
    ap_range_ref& operator=(const ap_range_ref& o) { return assign(ap_int_base<W, false>(o)); }
    template <int W2, bool S2> ap_range_ref& operator=(const ap_int_base<W2, S2>& v) { return assign(v); }
    template <int W2, bool S2> ap_range_ref& operator=(const ap_range_ref<W2, S2>& v) {
        return assign(static_cast<const ap_int_base<W2, false>&>(v));
    }
#define AP_IMPL_RR_ASSIGN(T) \
    ap_range_ref& operator=(T v) { return assign(ap_int_base<ap_impl::c_int<T>::width, ap_impl::c_int<T>::sign>(v)); }
    AP_IMPL_FOR_CINTS(AP_IMPL_RR_ASSIGN)
#undef AP_IMPL_RR_ASSIGN
    template <int W2, int I2, bool S2, ap_q_mode Q2, ap_o_mode O2, int N2>
    ap_range_ref& operator=(const ap_fixed_base<W2, I2, S2, Q2, O2, N2>& v);  // raw bits of v
    // Compound assignment and ++/-- write the result back into the parent's bits.
#define AP_IMPL_RR_COMPOUND(OP)                                                 \
    template <typename T> ap_range_ref& operator OP(const T& v) {               \
        Base t(*this);                                                          \
        t OP v;                                                                 \
        return assign(t);                                                       \
    }
    AP_IMPL_RR_COMPOUND(+=) AP_IMPL_RR_COMPOUND(-=) AP_IMPL_RR_COMPOUND(*=) AP_IMPL_RR_COMPOUND(/=)
    AP_IMPL_RR_COMPOUND(%=) AP_IMPL_RR_COMPOUND(&=) AP_IMPL_RR_COMPOUND(|=) AP_IMPL_RR_COMPOUND(^=)
    AP_IMPL_RR_COMPOUND(<<=) AP_IMPL_RR_COMPOUND(>>=)
#undef AP_IMPL_RR_COMPOUND
    ap_range_ref& operator++() { return *this += 1; }
    ap_range_ref& operator--() { return *this -= 1; }
};

// ---------------- ap_int / ap_uint ----------------
#define AP_IMPL_INT_CTORS(CLS, S)                                                                 \
    CLS() {}                                                                                      \
    CLS(const CLS&) = default;                                                                    \
    CLS& operator=(const CLS&) = default;                                                         \
    template <int W2, bool S2> CLS(const ap_int_base<W2, S2>& o) : ap_int_base<W, S>(o) {}        \
    template <int W2, bool S2> CLS(const ap_bit_ref<W2, S2>& o) : ap_int_base<W, S>(o) {}         \
    template <int W2, int I2, bool S2, ap_q_mode Q2, ap_o_mode O2, int N2>                        \
    CLS(const ap_fixed_base<W2, I2, S2, Q2, O2, N2>& o) : ap_int_base<W, S>(o) {}                 \
    CLS(bool v) : ap_int_base<W, S>(v) {}                                                         \
    CLS(char v) : ap_int_base<W, S>(v) {}                                                         \
    CLS(signed char v) : ap_int_base<W, S>(v) {}                                                  \
    CLS(unsigned char v) : ap_int_base<W, S>(v) {}                                                \
    CLS(short v) : ap_int_base<W, S>(v) {}                                                        \
    CLS(unsigned short v) : ap_int_base<W, S>(v) {}                                               \
    CLS(int v) : ap_int_base<W, S>(v) {}                                                          \
    CLS(unsigned int v) : ap_int_base<W, S>(v) {}                                                 \
    CLS(long v) : ap_int_base<W, S>(v) {}                                                         \
    CLS(unsigned long v) : ap_int_base<W, S>(v) {}                                                \
    CLS(long long v) : ap_int_base<W, S>(v) {}                                                    \
    CLS(unsigned long long v) : ap_int_base<W, S>(v) {}                                           \
    CLS(double v) : ap_int_base<W, S>(v) {}                                                       \
    CLS(float v) : ap_int_base<W, S>(v) {}                                                        \
    CLS(const char* s) : ap_int_base<W, S>(s, 10) {}                                              \
    CLS(const char* s, signed char radix) : ap_int_base<W, S>(s, radix) {}

template <int W> struct ap_int : ap_int_base<W, true> {
    AP_IMPL_INT_CTORS(ap_int, true)
};
template <int W> struct ap_uint : ap_int_base<W, false> {
    AP_IMPL_INT_CTORS(ap_uint, false)
};
#undef AP_IMPL_INT_CTORS

// ---------------- result types (spec section 6) ----------------
namespace ap_impl {
template <int W1, bool S1, int W2, bool S2> struct int_rt {
    enum {
        Wa = cmax(W1 + ((S2 && !S1) ? 1 : 0), W2 + ((S1 && !S2) ? 1 : 0)),
        plus_w = Wa + 1,
        mult_w = W1 + W2,
        div_w = W1 + (S2 ? 1 : 0),
        mod_w = cmin(W1, W2 + ((S1 && !S2) ? 1 : 0)),
        logic_w = Wa
    };
    static const bool S = S1 || S2;
    typedef typename int_type<plus_w, S>::type plus;
    typedef typename int_type<plus_w, true>::type minus;
    typedef typename int_type<mult_w, S>::type mult;
    typedef typename int_type<div_w, S>::type div;
    typedef typename int_type<mod_w, S1>::type mod;
    typedef typename int_type<logic_w, S>::type logic;
};
template <typename T> struct cint_ap { typedef ap_int_base<c_int<T>::width, c_int<T>::sign> type; };

// Signed or unsigned division of (NL-limb, sign-extended) a by b, truncating toward zero.
template <int NL> inline void sdivmod(u64* q, u64* r, const u64* a, const u64* b, bool sa, bool sb) {
    const bool na = sa && is_neg<NL>(a), nb = sb && is_neg<NL>(b);
    u64 ma[NL], mb[NL];
    if (na) negate<NL>(ma, a); else for (int i = 0; i < NL; ++i) ma[i] = a[i];
    if (nb) negate<NL>(mb, b); else for (int i = 0; i < NL; ++i) mb[i] = b[i];
    udivmod<NL>(q, r, ma, mb);
    if (na != nb) negate<NL>(q, q);
    if (na) negate<NL>(r, r);
}

// Comparison with the mixed-signedness quirks of spec section 6. a: (W1, F1, S1), b: (W2, F2, S2).
// Returns <0, 0, >0 as the comparison "a ? b" evaluates.
template <int W1, int F1, bool S1, int W2, int F2, bool S2>
inline int cmp_fixed(const u64* a, const u64* b, bool equality) {
    const int Fm = cmax(F1, F2);
    const int Wa = W1 + (F1 < F2 ? F2 - F1 + 1 : 0);
    const int Wb = W2 + (F2 < F1 ? F1 - F2 : 0);
    const int NL = nl(cmax(cmax(Wa, Wb), 32) + 3);
    u64 x[NL], y[NL];
    ext<NL, nl(W1)>(x, a, S1);
    ext<NL, nl(W2)>(y, b, S2);
    if (Fm - F1 > 0) shl<NL>(x, x, Fm - F1);
    if (Fm - F2 > 0) shl<NL>(y, y, Fm - F2);
    if (S1 == S2) return cmp_s<NL>(x, y);
    const int Ws = S1 ? Wa : Wb, Wu = S1 ? Wb : Wa;
    bool exact;
    int M;
    if (!equality) { exact = (Ws < 32 && Wu < 32) || Ws > Wu; M = cmax(Ws, Wu) + 1; }
    else { exact = (Ws == Wu && Ws < 64); M = cmax(cmax(Ws, Wu), 32); }
    if (exact) return cmp_s<NL>(x, y);
    for (int i = 0; i < NL; ++i) {
        const u64 m = lowmask(M - 64 * i);
        x[i] &= m;
        y[i] &= m;
    }
    return cmp_u<NL>(x, y);
}
}  // namespace ap_impl

// ---------------- ap_int operators ----------------
#define AP_IMPL_INT_ARITH(OP, RT, FN)                                                                  \
    template <int W1, bool S1, int W2, bool S2>                                                        \
    inline typename ap_impl::int_rt<W1, S1, W2, S2>::RT operator OP(const ap_int_base<W1, S1>& a,      \
                                                                    const ap_int_base<W2, S2>& b) {    \
        typedef typename ap_impl::int_rt<W1, S1, W2, S2>::RT R;                                        \
        const int NR = R::NW;                                                                          \
        ap_impl::u64 x[NR], y[NR];                                                                     \
        ap_impl::ext<NR, ap_int_base<W1, S1>::NW>(x, a.ap_limbs_, S1);                                 \
        ap_impl::ext<NR, ap_int_base<W2, S2>::NW>(y, b.ap_limbs_, S2);                                 \
        R r;                                                                                           \
        FN;                                                                                            \
        ap_impl::normalize<R::width, R::sign_flag>(r.ap_limbs_);                                       \
        return r;                                                                                      \
    }
AP_IMPL_INT_ARITH(+, plus, ap_impl::add<NR>(r.ap_limbs_, x, y))
AP_IMPL_INT_ARITH(-, minus, ap_impl::sub<NR>(r.ap_limbs_, x, y))
AP_IMPL_INT_ARITH(*, mult, ap_impl::mul<NR>(r.ap_limbs_, x, y))
AP_IMPL_INT_ARITH(&, logic, for (int i = 0; i < NR; ++i) r.ap_limbs_[i] = x[i] & y[i])
AP_IMPL_INT_ARITH(|, logic, for (int i = 0; i < NR; ++i) r.ap_limbs_[i] = x[i] | y[i])
AP_IMPL_INT_ARITH(^, logic, for (int i = 0; i < NR; ++i) r.ap_limbs_[i] = x[i] ^ y[i])
#undef AP_IMPL_INT_ARITH

template <int W1, bool S1, int W2, bool S2>
inline typename ap_impl::int_rt<W1, S1, W2, S2>::div operator/(const ap_int_base<W1, S1>& a, const ap_int_base<W2, S2>& b) {
    typedef typename ap_impl::int_rt<W1, S1, W2, S2>::div R;
    const int NL = ap_impl::nl(ap_impl::cmax(W1, W2) + 1);
    ap_impl::u64 x[NL], y[NL], q[NL], m[NL];
    ap_impl::ext<NL, ap_int_base<W1, S1>::NW>(x, a.ap_limbs_, S1);
    ap_impl::ext<NL, ap_int_base<W2, S2>::NW>(y, b.ap_limbs_, S2);
    ap_impl::sdivmod<NL>(q, m, x, y, S1, S2);
    R r;
    ap_impl::ext<R::NW, NL>(r.ap_limbs_, q, true);
    ap_impl::normalize<R::width, R::sign_flag>(r.ap_limbs_);
    return r;
}
template <int W1, bool S1, int W2, bool S2>
inline typename ap_impl::int_rt<W1, S1, W2, S2>::mod operator%(const ap_int_base<W1, S1>& a, const ap_int_base<W2, S2>& b) {
    typedef typename ap_impl::int_rt<W1, S1, W2, S2>::mod R;
    const int NL = ap_impl::nl(ap_impl::cmax(W1, W2) + 1);
    ap_impl::u64 x[NL], y[NL], q[NL], m[NL];
    ap_impl::ext<NL, ap_int_base<W1, S1>::NW>(x, a.ap_limbs_, S1);
    ap_impl::ext<NL, ap_int_base<W2, S2>::NW>(y, b.ap_limbs_, S2);
    ap_impl::sdivmod<NL>(q, m, x, y, S1, S2);
    R r;
    ap_impl::ext<R::NW, NL>(r.ap_limbs_, m, true);
    ap_impl::normalize<R::width, R::sign_flag>(r.ap_limbs_);
    return r;
}

// unary
template <int W, bool S> inline ap_int<W + 1> operator-(const ap_int_base<W, S>& a) {
    return ap_int<W + 1>(0) - a;
}
template <int W, bool S> inline typename ap_impl::int_type<W, S>::type operator+(const ap_int_base<W, S>& a) {
    return typename ap_impl::int_type<W, S>::type(a);
}
template <int W, bool S> inline typename ap_impl::int_type<W, S>::type operator~(const ap_int_base<W, S>& a) {
    typename ap_impl::int_type<W, S>::type r(a);
    r.b_not();
    return r;
}

// shifts: raw bits within the same type; negative counts reverse the direction
namespace ap_impl {
template <int W, bool S> AP_IMPL_INLINE void shift_raw(u64* d, const u64* a, long long n, bool left) {
    const int NW = nl(W);
    if (n < 0) { n = -n; left = !left; }
    const int s = n > 64 * NW + 64 ? 64 * NW + 64 : (int)n;
    if (left) shl<NW>(d, a, s);
    else shr<NW>(d, a, s, S);
    normalize<W, S>(d);
}
}  // namespace ap_impl
#define AP_IMPL_INT_SHIFT(T)                                                                                 \
    template <int W, bool S> inline typename ap_impl::int_type<W, S>::type operator<<(const ap_int_base<W, S>& a, T n) { \
        typename ap_impl::int_type<W, S>::type r;                                                           \
        ap_impl::shift_raw<W, S>(r.ap_limbs_, a.ap_limbs_, (long long)n, true);                             \
        return r;                                                                                            \
    }                                                                                                        \
    template <int W, bool S> inline typename ap_impl::int_type<W, S>::type operator>>(const ap_int_base<W, S>& a, T n) { \
        typename ap_impl::int_type<W, S>::type r;                                                           \
        ap_impl::shift_raw<W, S>(r.ap_limbs_, a.ap_limbs_, (long long)n, false);                            \
        return r;                                                                                            \
    }
AP_IMPL_FOR_CINTS(AP_IMPL_INT_SHIFT)
#undef AP_IMPL_INT_SHIFT
namespace ap_impl {
template <int W2, bool S2> inline long long shift_count(const ap_int_base<W2, S2>& n) {
    const int NL = nl(W2 + 1);
    u64 t[NL];
    ext<NL, nl(W2)>(t, n.ap_limbs_, S2);
    const bool neg = is_neg<NL>(t);
    if (neg) negate<NL>(t, t);
    bool big = t[0] > (1ULL << 40);
    for (int i = 1; i < NL; ++i) big = big || t[i] != 0;
    const long long v = big ? (1LL << 40) : (long long)t[0];
    return neg ? -v : v;
}
}  // namespace ap_impl
template <int W, bool S, int W2, bool S2>
inline typename ap_impl::int_type<W, S>::type operator<<(const ap_int_base<W, S>& a, const ap_int_base<W2, S2>& n) {
    typename ap_impl::int_type<W, S>::type r;
    ap_impl::shift_raw<W, S>(r.ap_limbs_, a.ap_limbs_, ap_impl::shift_count(n), true);
    return r;
}
template <int W, bool S, int W2, bool S2>
inline typename ap_impl::int_type<W, S>::type operator>>(const ap_int_base<W, S>& a, const ap_int_base<W2, S2>& n) {
    typename ap_impl::int_type<W, S>::type r;
    ap_impl::shift_raw<W, S>(r.ap_limbs_, a.ap_limbs_, ap_impl::shift_count(n), false);
    return r;
}

// comparisons
#define AP_IMPL_INT_CMP(OP, EQ)                                                                            \
    template <int W1, bool S1, int W2, bool S2>                                                            \
    inline bool operator OP(const ap_int_base<W1, S1>& a, const ap_int_base<W2, S2>& b) {                  \
        return ap_impl::cmp_fixed<W1, 0, S1, W2, 0, S2>(a.ap_limbs_, b.ap_limbs_, EQ) OP 0;               \
    }
AP_IMPL_INT_CMP(==, true)
AP_IMPL_INT_CMP(!=, true)
AP_IMPL_INT_CMP(<, false)
AP_IMPL_INT_CMP(>, false)
AP_IMPL_INT_CMP(<=, false)
AP_IMPL_INT_CMP(>=, false)
#undef AP_IMPL_INT_CMP

// with C integers (treated as ap_[u]int<B>)
#define AP_IMPL_INT_CINT_OP(OP, RT, T)                                                                     \
    template <int W, bool S>                                                                               \
    inline typename ap_impl::int_rt<W, S, ap_impl::c_int<T>::width, ap_impl::c_int<T>::sign>::RT          \
    operator OP(const ap_int_base<W, S>& a, T b) {                                                         \
        return a OP typename ap_impl::cint_ap<T>::type(b);                                                 \
    }                                                                                                      \
    template <int W, bool S>                                                                               \
    inline typename ap_impl::int_rt<ap_impl::c_int<T>::width, ap_impl::c_int<T>::sign, W, S>::RT          \
    operator OP(T a, const ap_int_base<W, S>& b) {                                                         \
        return typename ap_impl::cint_ap<T>::type(a) OP b;                                                 \
    }
#define AP_IMPL_INT_CINT_CMP(OP, T)                                                                        \
    template <int W, bool S> inline bool operator OP(const ap_int_base<W, S>& a, T b) {                    \
        return a OP typename ap_impl::cint_ap<T>::type(b);                                                 \
    }                                                                                                      \
    template <int W, bool S> inline bool operator OP(T a, const ap_int_base<W, S>& b) {                    \
        return typename ap_impl::cint_ap<T>::type(a) OP b;                                                 \
    }
#define AP_IMPL_INT_CINT_ALL(T)                                                                            \
    AP_IMPL_INT_CINT_OP(+, plus, T) AP_IMPL_INT_CINT_OP(-, minus, T) AP_IMPL_INT_CINT_OP(*, mult, T)       \
    AP_IMPL_INT_CINT_OP(/, div, T) AP_IMPL_INT_CINT_OP(%, mod, T) AP_IMPL_INT_CINT_OP(&, logic, T)         \
    AP_IMPL_INT_CINT_OP(|, logic, T) AP_IMPL_INT_CINT_OP(^, logic, T)                                      \
    AP_IMPL_INT_CINT_CMP(==, T) AP_IMPL_INT_CINT_CMP(!=, T) AP_IMPL_INT_CINT_CMP(<, T)                     \
    AP_IMPL_INT_CINT_CMP(>, T) AP_IMPL_INT_CINT_CMP(<=, T) AP_IMPL_INT_CINT_CMP(>=, T)
AP_IMPL_FOR_CINTS(AP_IMPL_INT_CINT_ALL)
#undef AP_IMPL_INT_CINT_ALL
#undef AP_IMPL_INT_CINT_OP
#undef AP_IMPL_INT_CINT_CMP

// with double/float: C arithmetic on the value converted to a 64-bit C integer (spec section 6)
#define AP_IMPL_INT_FP_OP(OP, T)                                                                           \
    template <int W, bool S> inline auto operator OP(const ap_int_base<W, S>& a, T b)                      \
        -> decltype((typename ap_int_base<W, S>::RetType)0 OP b) {                                         \
        return (typename ap_int_base<W, S>::RetType)a OP b;                                                \
    }                                                                                                      \
    template <int W, bool S> inline auto operator OP(T a, const ap_int_base<W, S>& b)                      \
        -> decltype(a OP (typename ap_int_base<W, S>::RetType)0) {                                         \
        return a OP (typename ap_int_base<W, S>::RetType)b;                                                \
    }
#define AP_IMPL_INT_FP_ALL(T)                                                                              \
    AP_IMPL_INT_FP_OP(+, T) AP_IMPL_INT_FP_OP(-, T) AP_IMPL_INT_FP_OP(*, T) AP_IMPL_INT_FP_OP(/, T)        \
    AP_IMPL_INT_FP_OP(==, T) AP_IMPL_INT_FP_OP(!=, T) AP_IMPL_INT_FP_OP(<, T)                              \
    AP_IMPL_INT_FP_OP(>, T) AP_IMPL_INT_FP_OP(<=, T) AP_IMPL_INT_FP_OP(>=, T)
AP_IMPL_INT_FP_ALL(double)
AP_IMPL_INT_FP_ALL(float)
#undef AP_IMPL_INT_FP_ALL
#undef AP_IMPL_INT_FP_OP

// concatenation (a, b): ap_uint<Wa+Wb> with a in the high bits
template <int W1, bool S1, int W2, bool S2>
inline ap_uint<W1 + W2> operator,(const ap_int_base<W1, S1>& a, const ap_int_base<W2, S2>& b) {
    const ap_uint<W1 + W2> hi{ap_uint<W1>(a)}, lo{ap_uint<W2>(b)};
    ap_uint<W1 + W2> r;
    ap_impl::shl<ap_uint<W1 + W2>::NW>(r.ap_limbs_, hi.ap_limbs_, W2);
    for (int i = 0; i < ap_uint<W1 + W2>::NW; ++i) r.ap_limbs_[i] |= lo.ap_limbs_[i];
    return r;
}

template <int W, bool S> inline std::ostream& operator<<(std::ostream& os, const ap_int_base<W, S>& a) {
    if (W <= 64) return os << (typename ap_int_base<W, S>::RetType)a;
    return os << a.to_string(10);
}

#endif  // HLS4NET_AP_INT_BASE_H
