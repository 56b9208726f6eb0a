namespace Hls4Net.Cli.Tests.Errors;

/// <summary>The CLI's one mapping from an error category to an exit code (README and --help document the codes).</summary>
public sealed class ErrorCategoryExitCodeTests
{
    [Theory]
    [InlineData(Hls4NetErrorCategory.Usage, 2)]
    [InlineData(Hls4NetErrorCategory.MissingDependency, 6)]
    [InlineData(Hls4NetErrorCategory.InvalidRequest, 1)]
    [InlineData(Hls4NetErrorCategory.Model, 1)]
    [InlineData(Hls4NetErrorCategory.Config, 1)]
    [InlineData(Hls4NetErrorCategory.Precision, 1)]
    [InlineData(Hls4NetErrorCategory.InputData, 1)]
    [InlineData(Hls4NetErrorCategory.Backend, 1)]
    [InlineData(Hls4NetErrorCategory.ToolFailure, 1)]
    public void EachCategoryHasItsExitCode(Hls4NetErrorCategory category, int code) => Assert.Equal(code, ErrorClassifier.ExitCode(category));

    [Fact]
    public void EveryCategoryIsCovered() => Assert.Equal(9, Enum.GetValues<Hls4NetErrorCategory>().Length);
}
