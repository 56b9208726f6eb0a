using System.Runtime.InteropServices;

namespace Hls4Net.Frontends.Keras.Hdf5;

/// <summary>
/// Locates and loads the system HDF5 C library at run time (Debian's libhdf5_serial.so.103 first, then other
/// common sonames, or the path in HLS4NET_HDF5). Only Keras import needs it; ONNX keeps working without it.
/// </summary>
public sealed class Hdf5Library
{
    private static readonly string[] Candidates =
    [
        "libhdf5_serial.so.103", "libhdf5.so.103", "libhdf5_serial.so.200", "libhdf5.so.200", "libhdf5.so.310",
        "libhdf5_serial.so.310", "libhdf5_serial.so", "libhdf5.so", "libhdf5.dylib", "hdf5.dll",
    ];

    private static readonly Lazy<Hdf5Library> Shared = new(() => new Hdf5Library(Load()));

    private Hdf5Library(IntPtr handle)
    {
        Handle = handle;
        Api = new Hdf5Api(handle);
    }

    /// <summary>The process-wide loaded library (HDF5 itself is process-global).</summary>
    public static Hdf5Library Instance => Shared.Value;

    public IntPtr Handle { get; }

    internal Hdf5Api Api { get; }

    private static IntPtr Load()
    {
        var env = Environment.GetEnvironmentVariable("HLS4NET_HDF5");
        if (!string.IsNullOrEmpty(env))
        {
            if (NativeLibrary.TryLoad(env, out var h)) return h;
            throw new Hdf5NotFoundException($"HDF5 library not found at HLS4NET_HDF5='{env}'");
        }
        foreach (var name in Candidates)
        {
            if (NativeLibrary.TryLoad(name, out var h)) return h;
        }
        throw new Hdf5NotFoundException(
            "HDF5 C library not found (needed to read Keras .h5 files): install it with 'apt-get install -y libhdf5-103-1' " +
            "or set HLS4NET_HDF5=/path/to/libhdf5.so");
    }
}
