using Hls4Net.Backends.Cpp.Build;
using Hls4Net.Backends.Vitis.Csim;
using Hls4Net.Core.Numerics;
using Hls4Net.Frontends;
using Hls4Net.Frontends.Keras.Hdf5;
using Hls4Net.Reference;
using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Errors;

public class ErrorClassifierTests
{
    [Fact]
    public void MissingNativeDependenciesExitWithSix()
    {
        var classifier = new ErrorClassifier();
        Assert.Equal(ExitCodes.MissingDependency, classifier.Classify(new CompilerNotFoundException("g++ not found on PATH: install it with apt-get install -y g++")).Code);
        Assert.Equal(ExitCodes.MissingDependency, classifier.Classify(new Hdf5NotFoundException("HDF5 C library not found")).Code);
        Assert.Equal(ExitCodes.MissingDependency, classifier.Classify(new OnnxRuntimeNotFoundException("ONNX Runtime library not found")).Code);
    }

    [Fact]
    public void UserErrorsAreOneLineWithExitOne()
    {
        var (code, message) = new ErrorClassifier().Classify(new ModelLoadException("unsupported ONNX op 'Foo' (node 'n')\nsecond line"));
        Assert.Equal(ExitCodes.Error, code);
        Assert.Equal("unsupported ONNX op 'Foo' (node 'n')", message);
        Assert.Equal(ExitCodes.Error, new ErrorClassifier().Classify(new FixedTypeException("invalid precision 'x'")).Code);
    }

    [Fact]
    public void UnexpectedExceptionsAreMarkedInternal()
    {
        var (code, message) = new ErrorClassifier().Classify(new NullReferenceException("boom"));
        Assert.Equal(ExitCodes.Error, code);
        Assert.StartsWith("internal error (NullReferenceException): boom", message);
    }

    [Fact]
    public void CsimWithoutTheCompilerNamesTheInstallCommand()
    {
        var dir = Directory.CreateTempSubdirectory("hls4net-nocc-");
        try
        {
            var project = Path.Combine(dir.FullName, "prj");
            var convert = Verify.CliRun.Of("convert", RepoPaths.Sample("jet_mlp.onnx"), "-o", project);
            Assert.Equal(0, convert.Code);
            var e = Assert.Throws<CompilerNotFoundException>(() =>
                new CsimRunner().Run(project, null, new CsimOptions { Compiler = "g++-that-is-not-installed" }));
            Assert.Contains("apt-get install -y g++", e.Message);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
