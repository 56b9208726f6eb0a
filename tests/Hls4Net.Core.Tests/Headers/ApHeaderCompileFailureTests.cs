namespace Hls4Net.Core.Tests.Headers;

/// <summary>Programs that Vitis rejects must not compile against our headers either.</summary>
public sealed class ApHeaderCompileFailureTests
{
    [Theory]
    [InlineData("ufixed_wrap_sm", "ap_ufixed<8, 4, AP_TRN, AP_WRAP_SM> x = 1.0; (void)x;", "AP_WRAP_SM")]
    [InlineData("fixed_w2000", "ap_fixed<2000, 10> x = 1.0; (void)x;", "AP_INT_MAX_W")]
    [InlineData("n_above_w", "ap_fixed<4, 2, AP_TRN, AP_WRAP, 5> x = 1.0; (void)x;", "saturation bits")]
    [InlineData("fixed_plus_double", "ap_fixed<8, 4> a = 1; double d = a + 0.5; (void)d;", "operator+")]
    [InlineData("fixed_plus_assign_double", "ap_fixed<8, 4> a = 1; a += 0.5;", "operator+=")]
    [InlineData("int_plus_assign_double", "ap_int<8> a = 1; a += 0.5;", "operator+=")]
    public void IsRejectedAtCompileTime(string name, string body, string messageFragment)
    {
        var result = GppRunner.SyntaxCheck(name, $"#include <ap_fixed.h>\nint main() {{\n  {body}\n  return 0;\n}}\n");
        Assert.True(result.ExitCode != 0, $"{name} compiled but must not:\n{body}");
        Assert.Contains("error", result.StdErr);
        Assert.Contains(messageFragment, result.StdErr);
    }

    [Fact]
    public void ControlProgramCompiles()
    {
        var result = GppRunner.SyntaxCheck("control",
            "#include <ap_fixed.h>\nint main() {\n  ap_fixed<1024, 10> x = 1.0; ap_int<2000> i = 1; ap_fixed<8, 4> a = 1;\n" +
            "  bool b = a < 0.5; double d = a; (void)x; (void)i; (void)b; (void)d;\n  return 0;\n}\n");
        Assert.True(result.ExitCode == 0, result.StdErr);
    }
}
