using System.Runtime.InteropServices;

namespace Hls4Net.Frontends.Keras.Hdf5;

/// <summary>
/// Function pointers into the HDF5 C library (1.10+ ABI: hid_t is 64-bit). Names and signatures follow the
/// public HDF5 C API; constants: H5P_DEFAULT = H5S_ALL = H5E_DEFAULT = 0, H5F_ACC_RDONLY = 0.
/// </summary>
internal sealed unsafe class Hdf5Api
{
    public Hdf5Api(IntPtr lib)
    {
        IntPtr F(string name) => NativeLibrary.TryGetExport(lib, name, out var p)
            ? p : throw new Hdf5NotFoundException($"the HDF5 library lacks '{name}' (HDF5 1.10 or newer is required)");
        H5open = (delegate* unmanaged[Cdecl]<int>)F("H5open");
        H5Eset_auto2 = (delegate* unmanaged[Cdecl]<long, IntPtr, IntPtr, int>)F("H5Eset_auto2");
        H5Fopen = (delegate* unmanaged[Cdecl]<byte*, uint, long, long>)F("H5Fopen");
        H5Fclose = (delegate* unmanaged[Cdecl]<long, int>)F("H5Fclose");
        H5Oopen = (delegate* unmanaged[Cdecl]<long, byte*, long, long>)F("H5Oopen");
        H5Oclose = (delegate* unmanaged[Cdecl]<long, int>)F("H5Oclose");
        H5Iget_type = (delegate* unmanaged[Cdecl]<long, int>)F("H5Iget_type");
        H5Gget_info = (delegate* unmanaged[Cdecl]<long, byte*, int>)F("H5Gget_info");
        H5Lget_name_by_idx = (delegate* unmanaged[Cdecl]<long, byte*, int, int, ulong, byte*, nuint, long, long>)F("H5Lget_name_by_idx");
        H5Lexists = (delegate* unmanaged[Cdecl]<long, byte*, long, int>)F("H5Lexists");
        H5Dopen2 = (delegate* unmanaged[Cdecl]<long, byte*, long, long>)F("H5Dopen2");
        H5Dclose = (delegate* unmanaged[Cdecl]<long, int>)F("H5Dclose");
        H5Dget_space = (delegate* unmanaged[Cdecl]<long, long>)F("H5Dget_space");
        H5Dget_type = (delegate* unmanaged[Cdecl]<long, long>)F("H5Dget_type");
        H5Dread = (delegate* unmanaged[Cdecl]<long, long, long, long, long, void*, int>)F("H5Dread");
        H5Sget_simple_extent_ndims = (delegate* unmanaged[Cdecl]<long, int>)F("H5Sget_simple_extent_ndims");
        H5Sget_simple_extent_dims = (delegate* unmanaged[Cdecl]<long, ulong*, ulong*, int>)F("H5Sget_simple_extent_dims");
        H5Sget_simple_extent_npoints = (delegate* unmanaged[Cdecl]<long, long>)F("H5Sget_simple_extent_npoints");
        H5Sclose = (delegate* unmanaged[Cdecl]<long, int>)F("H5Sclose");
        H5Tget_class = (delegate* unmanaged[Cdecl]<long, int>)F("H5Tget_class");
        H5Tget_size = (delegate* unmanaged[Cdecl]<long, nuint>)F("H5Tget_size");
        H5Tis_variable_str = (delegate* unmanaged[Cdecl]<long, int>)F("H5Tis_variable_str");
        H5Tcopy = (delegate* unmanaged[Cdecl]<long, long>)F("H5Tcopy");
        H5Tset_size = (delegate* unmanaged[Cdecl]<long, nuint, int>)F("H5Tset_size");
        H5Tclose = (delegate* unmanaged[Cdecl]<long, int>)F("H5Tclose");
        H5Aexists = (delegate* unmanaged[Cdecl]<long, byte*, int>)F("H5Aexists");
        H5Aopen = (delegate* unmanaged[Cdecl]<long, byte*, long, long>)F("H5Aopen");
        H5Aclose = (delegate* unmanaged[Cdecl]<long, int>)F("H5Aclose");
        H5Aget_space = (delegate* unmanaged[Cdecl]<long, long>)F("H5Aget_space");
        H5Aget_type = (delegate* unmanaged[Cdecl]<long, long>)F("H5Aget_type");
        H5Aread = (delegate* unmanaged[Cdecl]<long, long, void*, int>)F("H5Aread");
        H5free_memory = (delegate* unmanaged[Cdecl]<void*, int>)F("H5free_memory");
        if (H5open() < 0) throw new Hdf5Exception("H5open failed");
        SilenceThisThread();
        NativeFloat = Marshal.ReadInt64(F("H5T_NATIVE_FLOAT_g"));
        NativeDouble = Marshal.ReadInt64(F("H5T_NATIVE_DOUBLE_g"));
        CString = Marshal.ReadInt64(F("H5T_C_S1_g"));
    }

    [ThreadStatic]
    private static bool _silenced;

    /// <summary>
    /// Turn off HDF5's own error printing for the calling thread. Thread-safe HDF5 builds (Debian's included)
    /// keep this setting per thread, so every thread that calls into HDF5 must do it once.
    /// </summary>
    public void SilenceThisThread()
    {
        if (_silenced) return;
        H5Eset_auto2(0, IntPtr.Zero, IntPtr.Zero);
        _silenced = true;
    }

    public long NativeFloat { get; }

    public long NativeDouble { get; }

    public long CString { get; }

    public readonly delegate* unmanaged[Cdecl]<int> H5open;
    public readonly delegate* unmanaged[Cdecl]<long, IntPtr, IntPtr, int> H5Eset_auto2;
    public readonly delegate* unmanaged[Cdecl]<byte*, uint, long, long> H5Fopen;
    public readonly delegate* unmanaged[Cdecl]<long, int> H5Fclose;
    public readonly delegate* unmanaged[Cdecl]<long, byte*, long, long> H5Oopen;
    public readonly delegate* unmanaged[Cdecl]<long, int> H5Oclose;
    public readonly delegate* unmanaged[Cdecl]<long, int> H5Iget_type;
    public readonly delegate* unmanaged[Cdecl]<long, byte*, int> H5Gget_info;
    public readonly delegate* unmanaged[Cdecl]<long, byte*, int, int, ulong, byte*, nuint, long, long> H5Lget_name_by_idx;
    public readonly delegate* unmanaged[Cdecl]<long, byte*, long, int> H5Lexists;
    public readonly delegate* unmanaged[Cdecl]<long, byte*, long, long> H5Dopen2;
    public readonly delegate* unmanaged[Cdecl]<long, int> H5Dclose;
    public readonly delegate* unmanaged[Cdecl]<long, long> H5Dget_space;
    public readonly delegate* unmanaged[Cdecl]<long, long> H5Dget_type;
    public readonly delegate* unmanaged[Cdecl]<long, long, long, long, long, void*, int> H5Dread;
    public readonly delegate* unmanaged[Cdecl]<long, int> H5Sget_simple_extent_ndims;
    public readonly delegate* unmanaged[Cdecl]<long, ulong*, ulong*, int> H5Sget_simple_extent_dims;
    public readonly delegate* unmanaged[Cdecl]<long, long> H5Sget_simple_extent_npoints;
    public readonly delegate* unmanaged[Cdecl]<long, int> H5Sclose;
    public readonly delegate* unmanaged[Cdecl]<long, int> H5Tget_class;
    public readonly delegate* unmanaged[Cdecl]<long, nuint> H5Tget_size;
    public readonly delegate* unmanaged[Cdecl]<long, int> H5Tis_variable_str;
    public readonly delegate* unmanaged[Cdecl]<long, long> H5Tcopy;
    public readonly delegate* unmanaged[Cdecl]<long, nuint, int> H5Tset_size;
    public readonly delegate* unmanaged[Cdecl]<long, int> H5Tclose;
    public readonly delegate* unmanaged[Cdecl]<long, byte*, int> H5Aexists;
    public readonly delegate* unmanaged[Cdecl]<long, byte*, long, long> H5Aopen;
    public readonly delegate* unmanaged[Cdecl]<long, int> H5Aclose;
    public readonly delegate* unmanaged[Cdecl]<long, long> H5Aget_space;
    public readonly delegate* unmanaged[Cdecl]<long, long> H5Aget_type;
    public readonly delegate* unmanaged[Cdecl]<long, long, void*, int> H5Aread;
    public readonly delegate* unmanaged[Cdecl]<void*, int> H5free_memory;
}
