namespace Hls4Net.Core.Tests.Headers;

/// <summary>One C++ program exercising the spec's worked examples; each check prints a key=value line.
/// Batched into a single translation unit because every g++ run costs seconds.</summary>
internal static class ApHeaderSemanticsProgram
{
    public const string Source = """
        #include <ap_fixed.h>
        #include <ap_int.h>
        #include <cstdio>
        #include <sstream>
        #include <type_traits>

        template <class T> struct fx_info;
        template <int W, int I, ap_q_mode Q, ap_o_mode O, int N> struct fx_info<ap_fixed<W, I, Q, O, N> > {
          static const int w = W, i = I, s = 1;
        };
        template <int W, int I, ap_q_mode Q, ap_o_mode O, int N> struct fx_info<ap_ufixed<W, I, Q, O, N> > {
          static const int w = W, i = I, s = 0;
        };
        template <class T> struct int_info;
        template <int W> struct int_info<ap_int<W> > { static const int w = W, s = 1; };
        template <int W> struct int_info<ap_uint<W> > { static const int w = W, s = 0; };

        template <class T> void ft(const char* k, const T&) { std::printf("%s=%d,%d,%d\n", k, fx_info<T>::w, fx_info<T>::i, fx_info<T>::s); }
        template <class T> void it(const char* k, const T&) { std::printf("%s=%d,%d\n", k, int_info<T>::w, int_info<T>::s); }
        template <class T> void bits(const char* k, T x, int w) {
          std::printf("%s=", k);
          for (int i = w - 1; i >= 0; --i) { bool b = x[i]; std::putchar(b ? '1' : '0'); }
          std::putchar('\n');
        }
        static void dbl(const char* k, double d) { std::printf("%s=%.17g\n", k, d); }
        static void flt(const char* k, float f) { std::printf("%s=%.9g\n", k, (double)f); }
        static void num(const char* k, long long v) { std::printf("%s=%lld\n", k, v); }

        int main() {
          // ---- result types (spec 4 and 6) ----
          ap_fixed<8, 4> a = 1.5; ap_fixed<10, 2> b = 0.25; ap_ufixed<8, 4> u = 2;
          static_assert(std::is_same<decltype(a + b), ap_fixed<13, 5> >::value, "<8,4>+<10,2> is ap_fixed<13,5>");
          ft("t_add", a + b); ft("t_add_u", a + u); ft("t_sub_uu", u - u); ft("t_mul", a * b); ft("t_div", a / b);
          ap_fixed<4, 6> c = 8; ap_fixed<4, -2> e = 0.0625;
          ft("t_add_negi", c + e);
          ft("t_add_int", a + 1); ft("t_mul_int", a * 2); ft("t_div_int", a / 2); ft("t_sub_uint", a - 1u);
          ft("t_add_char", a + (char)1); ft("t_add_bool", a + true); ft("t_add_apint5", a + ap_int<5>(1));
          ft("t_neg", -a); ft("t_and", a & u);
          it("t_i_add_int", ap_int<8>(1) + 1); it("t_i_mul", ap_int<100>(1) * ap_int<100>(1));
          ap_uint<70> umax = 0; umax = ~umax;
          it("t_u70_plus1", umax + 1); it("t_i_div", ap_int<8>(1) / ap_uint<8>(1)); it("t_i_mod", ap_uint<8>(1) % ap_int<4>(1));
          it("t_i_neg", -ap_uint<8>(1));
          bits("u70_plus1", umax + 1, 72);

          // ---- division ignores Q ----
          ap_fixed<8, 4> one = 1, three = 3, mone = -1;
          ap_fixed<8, 4> q1 = one / three; dbl("div_1_3", q1.to_double());
          ap_fixed<8, 4> q2 = mone / three; dbl("div_m1_3", q2.to_double());
          ap_fixed<6, 3, AP_RND> x6 = 1; x6 /= 3; dbl("divassign_rnd", x6.to_double());

          // ---- shifts: raw bits, never saturate or round ----
          ap_fixed<8, 4, AP_RND, AP_SAT> s75 = 7.5; dbl("shl_sat", (s75 << 1).to_double());
          ap_fixed<8, 4, AP_RND, AP_SAT> s75b = 7.5; s75b <<= 1; dbl("shlassign_sat", s75b.to_double());
          ap_fixed<8, 4> m3 = -3;
          dbl("shr_neg", (m3 >> 1).to_double()); dbl("shl_negcount", (m3 << -1).to_double());
          dbl("shr_big", (m3 >> 20).to_double()); dbl("shl_big", (m3 << 20).to_double());

          // ---- ap_int ----
          ap_int<8> i8 = 100; i8 += 100; num("i8_wrap", i8.to_int64());
          num("idiv_mixed", (ap_int<8>(-7) / ap_uint<8>(2)).to_int64());
          num("idiv_min", (ap_int<8>(-128) / ap_int<8>(-1)).to_int64());
          num("imod_neg", (ap_int<8>(-7) % ap_int<8>(2)).to_int64());
          num("i_from_27", ap_int<8>(2.7).to_int64()); num("i_from_m27", ap_int<8>(-2.7).to_int64());
          num("i_from_3005", ap_int<8>(300.5).to_int64()); num("u_from_m3", ap_uint<8>(-3.0).to_int64());
          ap_int<2000> g = 1; g <<= 1999; num("i2000_neg", g < 0); num("i2000_bit", (bool)g[1999]);
          dbl("u70_plus_double", umax + 0.0);

          // ---- bits and ranges ----
          ap_uint<8> r8 = 0xB1;
          num("range_rev", r8.range(0, 3).to_uint64()); num("range_fwd", r8.range(7, 4).to_uint64());
          r8.range(3, 0) = 0x5; num("range_write", r8.to_uint64());
          r8[7] = 0; num("bit_write", r8.to_uint64());
          num("paren_range", r8(5, 4).to_uint64());
          ap_int<8> rs = 5;
          it("t_range_arith", rs.range(3, 0) + 0);
          ap_uint<4> hi4 = 0xA, lo4 = 0x5; num("concat", (hi4, lo4).to_uint64());
          ap_fixed<8, 4> fb = -2.5; num("fixed_range", fb.range(7, 0).to_uint64());

          // ---- ++/--, unary minus, assignment between types ----
          ap_fixed<4, 4, AP_TRN, AP_SAT> sat7 = 7; sat7++; num("inc_sat", sat7.to_int());
          ap_fixed<4, 4> wrap7 = 7; ++wrap7; num("inc_wrap", wrap7.to_int());
          ap_fixed<4, 4> m8 = -8; num("neg_widen", (-m8).to_int());
          ap_fixed<4, 4> back = -m8; num("neg_back_wrap", back.to_int());
          ap_fixed<4, 4, AP_TRN, AP_SAT> backs = -m8; num("neg_back_sat", backs.to_int());
          ap_fixed<8, 4, AP_RND, AP_SAT> v79 = 7.9375;
          ap_fixed<6, 3> t1 = v79; ap_fixed<6, 3, AP_RND, AP_SAT> t2 = v79;
          dbl("assign_wrap", t1.to_double()); dbl("assign_rnd_sat", t2.to_double());

          // ---- conversions to and from integers and floats ----
          ap_fixed<8, 4> m75 = -7.5; num("to_int_trunc", m75.to_int()); num("cast_int", (int)m75);
          ap_fixed<16, 8> f205 = -20.5; ap_int<4> i4 = f205; num("fixed_to_apint4", i4.to_int64());
          ap_fixed<4, 2, AP_TRN, AP_SAT> sat5 = 5; dbl("int_to_fixed_sat", sat5.to_double());
          ap_fixed<64, 2> ff = 1.0; ff[38] = 1; ff[2] = 1;  // 1 + 2^-24 + 2^-60
          flt("to_float", ff.to_float()); flt("float_via_double", (float)ff.to_double()); flt("cast_float", (float)ff);

          // ---- wide values ----
          ap_int<100> mn = 1; mn <<= 99; bits("sq_min", mn * mn, 200);
          ap_int<100> mx = 0; mx = ~mx; mx[99] = 0; bits("sq_max", mx * mx, 200);
          ap_int<100> v100 = 123456789; v100 *= 1000000007; v100 <<= 40; v100 = -v100; bits("sq_rand", v100 * v100, 200);
          ap_fixed<100, 60> w1 = -1234.5678; bits("w100", w1, 100);
          ap_ufixed<128, 64, AP_RND, AP_SAT> w2 = 1e30; bits("w128_sat", w2, 128);
          ap_fixed<70, 20, AP_RND_CONV> w3 = 0.1; bits("w70_conv", w3, 70);
          ap_fixed<120, 20> w4 = -3.141592653589793; ap_fixed<70, 40, AP_RND, AP_SAT> w5 = w4; bits("w70_from_w120", w5, 70);
          ap_fixed<128, 64> m1 = -1234.5678; bits("mul128", m1 * m1, 256);
          ap_fixed<96, 40> w6 = -1234.5678; dbl("w96_to_double", w6.to_double());

          // ---- comparisons ----
          num("cmp_i32", ap_int<32>(-1) < ap_uint<32>(1)); num("cmp_i31", ap_int<31>(-1) < ap_uint<31>(1));
          num("cmp_fx40", ap_fixed<40, 20>(-1) < ap_ufixed<40, 20>(1)); num("cmp_lt_0u", ap_int<8>(-1) < 0u);
          num("eq_8_32", ap_int<8>(-1) == ap_uint<32>(0xFFFFFFFFu)); num("eq_32_32", ap_int<32>(-1) == ap_uint<32>(0xFFFFFFFFu));
          num("cmp_same_exact", ap_fixed<8, 4>(-0.5) < ap_fixed<12, 2>(0.25)); num("cmp_double", ap_fixed<8, 4>(1.5) > 1.25);

          std::ostringstream os; os << ap_fixed<8, 4>(-2.5) << ' ' << ap_int<8>(-5); std::printf("ostream=%s\n", os.str().c_str());
          return 0;
        }

        """;
}
