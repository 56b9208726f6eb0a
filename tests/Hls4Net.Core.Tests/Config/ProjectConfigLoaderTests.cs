using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Core.Tests.Config;

public sealed class ProjectConfigLoaderTests
{
    // Shaped like the file hls4ml writes (keys sorted by yaml.dump, Model/LayerName granularity).
    private const string Hls4mlSample = """
        Backend: Vitis
        ClockPeriod: 5
        HLSConfig:
          LayerName:
            fc1:
              Precision:
                bias: ap_fixed<8,3>
                result: auto
                weight: ap_fixed<8,3>
              ReuseFactor: 4
              Trace: false
            fc1_relu:
              Precision: ap_fixed<10,4,AP_RND,AP_SAT>
              ReuseFactor: 1
          Model:
            BramFactor: 1000000000
            Precision: ap_fixed<16,6>
            ReuseFactor: 1
            Strategy: Latency
            TraceOutput: false
        IOType: io_parallel
        KerasModel: models/model.h5
        OutputDir: my-hls-test
        Part: xcu250-figd2104-2L-e
        ProjectName: myproject
        Stamp: 0a1b2c3d
        Version: 1.0.0
        WriterConfig:
          Namespace: null
          WriteTar: false
          WriteWeightsTxt: true
        """;

    [Fact]
    public void Hls4mlSampleLoadsWithoutWarnings()
    {
        var sink = new CollectingSink();
        var config = new ProjectConfigLoader(sink.CreateLogger()).LoadYaml(Hls4mlSample, "hls4ml.yml", "/data/run");

        Assert.Empty(sink.Warnings);
        Assert.Equal("Vitis", config.Backend);
        Assert.Equal(5.0, config.ClockPeriod);
        Assert.Equal(IoType.IoParallel, config.IoType);
        Assert.Equal("/data/run/models/model.h5", config.KerasModel);
        Assert.Equal("my-hls-test", config.OutputDir);
        Assert.Equal("xcu250-figd2104-2L-e", config.Part);
        Assert.Equal("myproject", config.ProjectName);

        var model = config.Hls.Model;
        Assert.Equal(new FixedType(16, 6, true), model.Precision[PrecisionSlot.Default]);
        Assert.Equal(1, model.ReuseFactor);
        Assert.Equal(Strategy.Latency, model.Strategy);
        Assert.Equal("1000000000", model.PassThrough["BramFactor"]);

        var fc1 = config.Hls.LayerName["fc1"];
        Assert.Equal(new FixedType(8, 3, true), fc1.Precision[PrecisionSlot.Weight]);
        Assert.Equal(new FixedType(8, 3, true), fc1.Precision[PrecisionSlot.Bias]);
        Assert.True(fc1.Precision.ContainsKey(PrecisionSlot.Result));
        Assert.Null(fc1.Precision[PrecisionSlot.Result]); // auto
        Assert.Equal(4, fc1.ReuseFactor);
        Assert.False(fc1.Trace);

        var relu = config.Hls.LayerName["fc1_relu"];
        Assert.Equal(new FixedType(10, 4, true, QuantMode.Rnd, OverflowMode.Sat), relu.Precision[PrecisionSlot.Default]);
        Assert.Single(relu.Precision);
    }

    [Fact]
    public void PrecisionAsMapAndAsSingleString()
    {
        var config = Load("""
            HLSConfig:
              Model:
                Precision:
                  default: fixed<12,4>
                  accum: ap_fixed<24,10>
                  table: ufixed<10,2,RND,SAT>
                  exp_table: auto
              LayerType:
                Dense:
                  Precision: int<8>
            """);
        var m = config.Hls.Model.Precision;
        Assert.Equal(4, m.Count);
        Assert.Equal(new FixedType(12, 4, true), m[PrecisionSlot.Default]);
        Assert.Equal(new FixedType(24, 10, true), m[PrecisionSlot.Accum]);
        Assert.Equal(new FixedType(10, 2, false, QuantMode.Rnd, OverflowMode.Sat), m[PrecisionSlot.Table]);
        Assert.Null(m[PrecisionSlot.ExpTable]);
        var dense = config.Hls.LayerType["Dense"].Precision;
        Assert.Equal(FixedType.Int(8), Assert.Single(dense).Value);
        Assert.Equal(PrecisionSlot.Default, dense.Keys.Single());
    }

    [Fact]
    public void TopLevelKeysAndCaseInsensitiveValues()
    {
        var config = Load("""
            OnnxModel: net.onnx
            InputData: /abs/x.npy
            OutputPredictions: y.dat
            ProjectName: trigger_nn
            Part: xcvu9p
            ClockPeriod: 3.125
            ClockUncertainty: 27%
            IOType: IO_STREAM
            HLSConfig:
              Model:
                Strategy: resource
                TableSize: 2048
            """, baseDirectory: "/proj/cfg");
        Assert.Equal("/proj/cfg/net.onnx", config.OnnxModel);
        Assert.Equal("/abs/x.npy", config.InputData);
        Assert.Equal("/proj/cfg/y.dat", config.OutputPredictions);
        Assert.Equal("trigger_nn", config.ProjectName);
        Assert.Equal("xcvu9p-flgb2104-2-e", config.Part);
        Assert.Equal(3.125, config.ClockPeriod);
        Assert.Equal("27%", config.ClockUncertainty);
        Assert.Equal(IoType.IoStream, config.IoType);
        Assert.Equal(Strategy.Resource, config.Hls.Model.Strategy);
        Assert.Equal(2048, config.Hls.Model.TableSize);
    }

    [Fact]
    public void LoadFileResolvesPathsAgainstTheFilesFolder()
    {
        var dir = Directory.CreateTempSubdirectory("h4cfg");
        try
        {
            var file = Path.Combine(dir.FullName, "cfg.yml");
            File.WriteAllText(file, "KerasJson: sub/m.json\nKerasH5: ../w.h5\n");
            var config = new ProjectConfigLoader().LoadFile(file);
            Assert.Equal(Path.Combine(dir.FullName, "sub", "m.json"), config.KerasJson);
            Assert.Equal(Path.Combine(Path.GetDirectoryName(dir.FullName)!, "w.h5"), config.KerasH5);
            Assert.Equal(file, config.SourcePath);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void EmptyDocumentGivesDefaults()
    {
        var config = Load("");
        Assert.Equal("myproject", config.ProjectName);
        Assert.Equal("xcvu9p-flgb2104-2-e", config.Part);
        Assert.Equal(5.0, config.ClockPeriod);
        Assert.Equal(IoType.IoParallel, config.IoType);
        Assert.Empty(config.Hls.Model.Precision);
    }

    [Fact]
    public void UnknownKeysWarnWithTheClosestKnownKey()
    {
        var sink = new CollectingSink();
        new ProjectConfigLoader(sink.CreateLogger()).LoadYaml("""
            ClockPeriode: 5
            HLSConfig:
              LayerName:
                fc1:
                  ReuseFactr: 2
                  Precision:
                    wieght: ap_fixed<8,2>
              Model:
                Strategy: Latency
                Zebra: 3
            """, "cfg.yml");
        var warnings = sink.Warnings.ToList();
        Assert.Equal(4, warnings.Count);
        Assert.Contains("unknown config key 'ClockPeriode' in the top level; did you mean 'ClockPeriod'? (cfg.yml:1)", warnings);
        Assert.Contains("unknown config key 'ReuseFactr' in HLSConfig.LayerName.fc1; did you mean 'ReuseFactor'? (cfg.yml:5)", warnings);
        Assert.Contains("unknown config key 'wieght' in HLSConfig.LayerName.fc1.Precision; did you mean 'weight'? (cfg.yml:7)", warnings);
        // Nothing close: the message lists the known keys instead.
        Assert.Contains(warnings, w => w.StartsWith("unknown config key 'Zebra' in HLSConfig.Model; known: Precision, ReuseFactor,", StringComparison.Ordinal));
    }

    [Fact]
    public void LayerKeysAreReadTypedWithoutWarningsAtLoadTime()
    {
        // Whether they apply is decided per layer by Hls4mlKeysPass (Hls4mlKeysTests); loading only reads them.
        var sink = new CollectingSink();
        var c = new ProjectConfigLoader(sink.CreateLogger()).LoadYaml("""
            HLSConfig:
              Model:
                ConvImplementation: LineBuffer
                ParallelizationFactor: 2
            """);
        Assert.Empty(sink.Warnings);
        Assert.Equal(("LineBuffer", 2), (c.Hls.Model.ConvImplementation, c.Hls.Model.ParallelizationFactor));
    }

    [Fact]
    public void MalformedYamlNamesFileAndPosition()
    {
        var e = Assert.Throws<ConfigException>(() => Load("HLSConfig:\n  Model:\n    ReuseFactor: 1\n   Strategy: Latency\n", "bad.yml"));
        Assert.StartsWith("bad.yml:4:", e.Message);
        Assert.Contains("malformed YAML", e.Message);
        Assert.DoesNotContain('\n', e.Message);

        e = Assert.Throws<ConfigException>(() => Load("HLSConfig:\n  Model: {Precision: ap_fixed<16,6>\n  LayerName: x\n", "bad.yml"));
        Assert.StartsWith("bad.yml", e.Message);
        Assert.Contains("malformed YAML", e.Message);

        e = Assert.Throws<ConfigException>(() => Load("a: 1\na: 2\n", "dup.yml"));
        Assert.StartsWith("dup.yml:2:", e.Message);
    }

    [Fact]
    public void CommaInsideFlowMappingGetsAQuotingHint()
    {
        var e = Assert.Throws<ConfigException>(() => Load("HLSConfig:\n  Model: {Precision: ap_fixed<16,6>}\n", "f.yml"));
        Assert.Equal("f.yml:2: HLSConfig.Model.Precision: invalid precision 'ap_fixed<16': expected 'name<args>' "
            + "(inside { } a comma separates YAML entries: quote the type, e.g. 'ap_fixed<16,6>')", e.Message);
        // Quoted, it loads.
        Assert.Equal(new FixedType(16, 6, true), Load("HLSConfig:\n  Model: {Precision: 'ap_fixed<16,6>'}\n").Hls.Model.Precision[PrecisionSlot.Default]);
    }

    [Fact]
    public void WrongValueTypeNamesKeyPathAndValue()
    {
        var e = Assert.Throws<ConfigException>(() => Load("HLSConfig:\n  LayerName:\n    fc1:\n      ReuseFactor: abc\n", "c.yml"));
        Assert.Equal("c.yml:4: HLSConfig.LayerName.fc1.ReuseFactor: 'abc' is not an integer", e.Message);

        e = Assert.Throws<ConfigException>(() => Load("HLSConfig:\n  Model:\n    ReuseFactor: 0\n", "c.yml"));
        Assert.Equal("c.yml:3: HLSConfig.Model.ReuseFactor: 0 must be at least 1", e.Message);

        e = Assert.Throws<ConfigException>(() => Load("ClockPeriod: fast\n", "c.yml"));
        Assert.Equal("c.yml:1: ClockPeriod: 'fast' is not a number", e.Message);

        e = Assert.Throws<ConfigException>(() => Load("HLSConfig:\n  Model:\n    Strategy: Unrolled\n", "c.yml"));
        Assert.Equal("c.yml:3: HLSConfig.Model.Strategy: unknown strategy 'Unrolled' (expected Latency or Resource)", e.Message);

        e = Assert.Throws<ConfigException>(() => Load("IOType: io_serial\n", "c.yml"));
        Assert.Equal("c.yml:1: IOType: unknown IO type 'io_serial' (expected io_parallel or io_stream)", e.Message);

        e = Assert.Throws<ConfigException>(() => Load("HLSConfig:\n  Model:\n    Trace: maybe\n", "c.yml"));
        Assert.Equal("c.yml:3: HLSConfig.Model.Trace: 'maybe' is not a boolean (true or false)", e.Message);

        e = Assert.Throws<ConfigException>(() => Load("HLSConfig:\n  LayerName: [fc1, fc2]\n", "c.yml"));
        Assert.Equal("c.yml:2: HLSConfig.LayerName: expected a mapping of keys, got a list", e.Message);

        e = Assert.Throws<ConfigException>(() => Load("ProjectName: my-project\n", "c.yml"));
        Assert.StartsWith("c.yml:1: ProjectName: project name 'my-project' must be a C++ identifier", e.Message);
    }

    [Fact]
    public void BadPrecisionStringNamesKeyPathAndValue()
    {
        var e = Assert.Throws<ConfigException>(() => Load("HLSConfig:\n  LayerName:\n    fc1:\n      Precision:\n        weight: ap_fixd<8,3>\n", "p.yml"));
        Assert.StartsWith("p.yml:5: HLSConfig.LayerName.fc1.Precision.weight: invalid precision 'ap_fixd<8,3>'", e.Message);
        Assert.IsType<FixedTypeException>(e.InnerException, exactMatch: false);

        e = Assert.Throws<ConfigException>(() => Load("HLSConfig:\n  Model:\n    Precision: ap_fixed<0,3>\n", "p.yml"));
        Assert.StartsWith("p.yml:3: HLSConfig.Model.Precision: invalid precision 'ap_fixed<0,3>'", e.Message);
    }

    [Fact]
    public void AliasAndCanonicalPrecisionKeyTogetherIsAnError()
    {
        var e = Assert.Throws<ConfigException>(() => Load("HLSConfig:\n  LayerName:\n    bn:\n      Precision:\n        weight: fixed<8,2>\n        scale: fixed<8,3>\n", "a.yml"));
        Assert.Equal("a.yml:6: HLSConfig.LayerName.bn.Precision: 'weight' and 'scale' both set the weight precision", e.Message);
    }

    [Fact]
    public void UnknownPartInYamlIsKeptWithAWarning()
    {
        var sink = new CollectingSink();
        var config = new ProjectConfigLoader(sink.CreateLogger()).LoadYaml("Part: xcau25p-ffvb676-2-e\n", "c.yml");
        Assert.Equal("xcau25p-ffvb676-2-e", config.Part);
        Assert.Contains(sink.Warnings, w => w.StartsWith("c.yml:1: Part: part 'xcau25p-ffvb676-2-e' is not in Hls4Net's device list", StringComparison.Ordinal));
    }

    [Fact]
    public void GarbagePartInYamlIsAnErrorNamingFileLineAndKey()
    {
        var e = Assert.Throws<ConfigException>(() => Load("ProjectName: p\nPart: virtex9\n", "c.yml"));
        Assert.StartsWith("c.yml:2: Part: unknown FPGA part 'virtex9'", e.Message);
    }

    private static ProjectConfig Load(string yaml, string name = "test.yml", string? baseDirectory = "/base") =>
        new ProjectConfigLoader().LoadYaml(yaml, name, baseDirectory);
}
