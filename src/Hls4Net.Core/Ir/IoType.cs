namespace Hls4Net.Core.Ir;

/// <summary>How layers exchange data in the generated design.</summary>
public enum IoType
{
    IoParallel,
    IoStream,
}
