using System.Reflection;
using Hls4Net.Backends.Vitis;
using Hls4Net.Backends.Cpp;
using Hls4Net.Backends.Cpp.Build;
using Hls4Net.Backends.Vitis.Csim;
using Hls4Net.Benchmarking;
using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation;
using Hls4Net.Estimation;
using Hls4Net.Frontends;
using Hls4Net.Frontends.Keras.Hdf5;
using Hls4Net.Lowering;
using Hls4Net.Reference;
using Hls4Net.Verification;

namespace Hls4Net.Compiler.Tests.Errors;

/// <summary>Every error Hls4Net throws on purpose is an <see cref="Hls4NetException"/> with the category of its kind.</summary>
public sealed class ExceptionCategoryTests
{
    private static readonly (Hls4NetException Exception, Hls4NetErrorCategory Category)[] Cases =
    [
        (new UsageException("--samples must be at least 1"), Hls4NetErrorCategory.Usage),
        (new VerifyException("--trace: no layer named 'x'"), Hls4NetErrorCategory.InvalidRequest),
        (new BenchException("the model has 2 inputs"), Hls4NetErrorCategory.InvalidRequest),
        (new ModelLoadException("unsupported ONNX op 'Foo'"), Hls4NetErrorCategory.Model),
        (new GraphException("bad shape"), Hls4NetErrorCategory.Model),
        (new Hdf5Exception("corrupt file"), Hls4NetErrorCategory.Model),
        (new ConfigException("config.yml:7: bad value"), Hls4NetErrorCategory.Config),
        (new FixedTypeException("invalid precision 'x'"), Hls4NetErrorCategory.Precision),
        (new UnsupportedPrecisionException("needs 200 bits"), Hls4NetErrorCategory.Precision),
        (new InputDataException("row 3 has 2 values"), Hls4NetErrorCategory.InputData),
        (new VitisBackendException("output folder exists"), Hls4NetErrorCategory.Backend),
        (new BackendException("unknown backend 'Foo'"), Hls4NetErrorCategory.Backend),
        (new EstimationException("layer 'x': no cost rule for op Foo", Hls4NetErrorCategory.Model), Hls4NetErrorCategory.Model),
        (new CsimException("g++ failed"), Hls4NetErrorCategory.ToolFailure),
        (new OnnxRuntimeException(OnnxRuntimeErrorCode.Fail, "boom", "Run"), Hls4NetErrorCategory.ToolFailure),
        (new CompilerNotFoundException("g++ not found"), Hls4NetErrorCategory.MissingDependency),
        (new Hdf5NotFoundException("HDF5 not found"), Hls4NetErrorCategory.MissingDependency),
        (new OnnxRuntimeNotFoundException("ONNX Runtime not found"), Hls4NetErrorCategory.MissingDependency),
        (new Hls4Net.Synthesis.SynthesisException("C synthesis failed"), Hls4NetErrorCategory.ToolFailure),
        (new Hls4Net.Synthesis.VitisHlsNotFoundException("vitis_hls not found"), Hls4NetErrorCategory.MissingDependency),
    ];

    [Fact]
    public void EachExceptionCarriesItsCategory() =>
        Assert.All(Cases, c => Assert.Equal((c.Exception.GetType().Name, c.Category), (c.Exception.GetType().Name, c.Exception.Category)));

    /// <summary>Every Hls4Net assembly the library depends on, directly or not.</summary>
    private static void Visit(Assembly assembly, HashSet<Assembly> seen)
    {
        if (!seen.Add(assembly)) return;
        foreach (var name in assembly.GetReferencedAssemblies().Where(n => n.Name?.StartsWith("Hls4Net", StringComparison.Ordinal) == true))
        {
            Visit(Assembly.Load(name), seen);
        }
    }

    [Fact]
    public void EveryExceptionTypeOfTheLibraryDerivesFromTheBase()
    {
        var assemblies = new HashSet<Assembly>();
        Visit(typeof(HlsModel).Assembly, assemblies);
        Assert.Contains(typeof(Interpreter).Assembly, assemblies);
        var exceptions = assemblies.SelectMany(a => a.GetTypes()).Where(t => typeof(Exception).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        Assert.Equal(Cases.Select(c => c.Exception.GetType()).OrderBy(t => t.FullName), exceptions.OrderBy(t => t.FullName)); // each has a case above
        Assert.All(exceptions, t => Assert.True(typeof(Hls4NetException).IsAssignableFrom(t), $"{t.FullName} does not derive from Hls4NetException"));
    }
}
