namespace Hls4Net;

/// <summary>The kinds of failure an <see cref="Hls4NetException"/> reports.</summary>
public enum Hls4NetErrorCategory
{
    /// <summary>A bad request from the caller: a missing argument, a bad option value or combination.</summary>
    Usage,

    /// <summary>A request that cannot be carried out for this model (e.g. an unknown layer to trace, a multi-input model where one input is fed).</summary>
    InvalidRequest,

    /// <summary>A model file that cannot be read or imported (missing file, unknown format, unsupported op, bad shape, broken graph).</summary>
    Model,

    /// <summary>A configuration that cannot be read or does not fit the model.</summary>
    Config,

    /// <summary>A fixed-point precision that is invalid, or that the emulator or ap_fixed cannot evaluate.</summary>
    Precision,

    /// <summary>Malformed or mismatched input data (sample files).</summary>
    InputData,

    /// <summary>A project that cannot be written (output folder, emitter contract).</summary>
    Backend,

    /// <summary>An external tool that ran and failed (g++ C simulation, ONNX Runtime).</summary>
    ToolFailure,

    /// <summary>A native library or tool that is not installed (ONNX Runtime, HDF5, g++).</summary>
    MissingDependency,
}
