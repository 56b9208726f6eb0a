namespace Hls4Net.Synthesis;

/// <summary>vitis_hls is not installed where Hls4Net looks ($XILINX_HLS/bin, then PATH): a missing native dependency.</summary>
public sealed class VitisHlsNotFoundException : Hls4NetException
{
    public VitisHlsNotFoundException(string message) : base(Hls4NetErrorCategory.MissingDependency, message) { }
}
