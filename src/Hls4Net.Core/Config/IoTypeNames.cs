using Hls4Net.Core.Ir;

namespace Hls4Net.Core.Config;

/// <summary>hls4ml spellings of <see cref="IoType"/>: <c>io_parallel</c>, <c>io_stream</c>.</summary>
public static class IoTypeNames
{
    public static bool TryParse(string text, out IoType ioType)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "io_parallel":
                ioType = IoType.IoParallel;
                return true;
            case "io_stream":
                ioType = IoType.IoStream;
                return true;
            default:
                ioType = default;
                return false;
        }
    }

    public static string Name(IoType ioType) => ioType == IoType.IoStream ? "io_stream" : "io_parallel";
}
