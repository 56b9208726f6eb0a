using Hls4Net.Backends.Cpp.Code;

namespace Hls4Net.Backends.Cpp.Tests.Code;

public sealed class IdentifierSanitizerTests
{
    [Theory]
    [InlineData("dense/1", "dense_1")]
    [InlineData("dense_1", "dense_1")]
    [InlineData("1st", "l_1st")]
    [InlineData("42", "l_42")]
    [InlineData("class", "class_")]
    [InlineData("int", "int_")]
    [InlineData("main", "main_")]
    [InlineData("", "l")]
    [InlineData("///", "l")]
    [InlineData("__init", "init")]
    [InlineData("_Reserved", "Reserved")]
    [InlineData("a__b", "a_b")]
    [InlineData("a - b", "a_b")]
    [InlineData("model/dense:0", "model_dense_0")]
    [InlineData("caf\u00e9", "caf")]
    [InlineData("out:", "out")]
    [InlineData("layer2_out", "layer2_out_")]
    [InlineData("input_t", "input_t_")]
    [InlineData("result_t", "result_t_")]
    [InlineData("config3", "config3_")]
    [InlineData("N_LAYER_2", "N_LAYER_2_")]
    [InlineData("w2", "w2_")]
    [InlineData("layer2", "layer2_")]
    [InlineData("layers", "layers")]
    [InlineData("Dense", "Dense")]
    public void Clean_gives_the_expected_identifier(string name, string expected) =>
        Assert.Equal(expected, IdentifierSanitizer.Clean(name));

    [Fact]
    public void Duplicates_get_numbered_suffixes_in_call_order()
    {
        var s = new IdentifierSanitizer();
        Assert.Equal(["fc", "fc_2", "fc_3"], new[] { s.Sanitize("fc"), s.Sanitize("fc"), s.Sanitize("fc") });
    }

    [Fact]
    public void Names_colliding_after_cleaning_get_deterministic_suffixes()
    {
        string[] names = ["a-b", "a.b", "a_b", "a b"];
        var first = Run(names);
        Assert.Equal(["a_b", "a_b_2", "a_b_3", "a_b_4"], first);
        Assert.Equal(first, Run(names));

        static string[] Run(string[] names)
        {
            var s = new IdentifierSanitizer();
            return names.Select(s.Sanitize).ToArray();
        }
    }

    [Fact]
    public void A_suffixed_name_that_is_also_a_model_name_is_not_reused()
    {
        var s = new IdentifierSanitizer();
        Assert.Equal("x", s.Sanitize("x"));
        Assert.Equal("x_2", s.Sanitize("x"));
        Assert.Equal("x_2_2", s.Sanitize("x_2"));
    }

    [Fact]
    public void Uniqueness_ignores_case_so_file_names_cannot_collide()
    {
        var s = new IdentifierSanitizer();
        Assert.Equal("Dense", s.Sanitize("Dense"));
        Assert.Equal("dense_2", s.Sanitize("dense"));
    }

    [Fact]
    public void Keyword_fixes_are_deduplicated_without_a_double_underscore()
    {
        var s = new IdentifierSanitizer();
        Assert.Equal("class_", s.Sanitize("class"));
        Assert.Equal("class_2", s.Sanitize("class"));
    }

    [Fact]
    public void Reserved_names_are_avoided()
    {
        var s = new IdentifierSanitizer();
        s.Reserve("myproject");
        Assert.Equal("myproject_2", s.Sanitize("myproject"));
    }

    [Fact]
    public void Long_names_are_cut()
    {
        var s = IdentifierSanitizer.Clean(new string('a', 300));
        Assert.Equal(IdentifierSanitizer.MaxLength, s.Length);
    }

    [Theory]
    [InlineData("dense/1")]
    [InlineData("9lives")]
    [InlineData("__")]
    [InlineData("_")]
    [InlineData("a__")]
    [InlineData("\u00fc\u00f6")]
    [InlineData("new")]
    [InlineData("x\ny")]
    [InlineData("a:b:c/d.e-f+g")]
    public void Every_result_is_a_valid_non_reserved_identifier(string name)
    {
        var s = new IdentifierSanitizer().Sanitize(name);
        Assert.True(IdentifierSanitizer.IsValidIdentifier(s), s);
        Assert.DoesNotContain("__", s);
    }

    [Theory]
    [InlineData("ok_name", true)]
    [InlineData("_x", false)]
    [InlineData("_X", false)]
    [InlineData("a__b", false)]
    [InlineData("1a", false)]
    [InlineData("class", false)]
    [InlineData("a-b", false)]
    [InlineData("", false)]
    public void IsValidIdentifier_follows_the_cpp_rules(string s, bool valid) =>
        Assert.Equal(valid, IdentifierSanitizer.IsValidIdentifier(s));
}
