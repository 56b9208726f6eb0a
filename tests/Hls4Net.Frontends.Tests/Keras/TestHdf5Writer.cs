using System.Runtime.InteropServices;
using System.Text;

namespace Hls4Net.Frontends.Tests.Keras;

/// <summary>
/// A tiny HDF5 writer for tests (groups and float32 datasets), through the same system library, so tests can
/// build Keras 3 weight files without Python.
/// </summary>
internal sealed unsafe class TestHdf5Writer : IDisposable
{
    private readonly delegate* unmanaged[Cdecl]<long, byte*, long, long, long, long> _gcreate;
    private readonly delegate* unmanaged[Cdecl]<long, int> _gclose;
    private readonly delegate* unmanaged[Cdecl]<int, ulong*, ulong*, long> _screate;
    private readonly delegate* unmanaged[Cdecl]<long, int> _sclose;
    private readonly delegate* unmanaged[Cdecl]<long, byte*, long, long, long, long, long, long> _dcreate;
    private readonly delegate* unmanaged[Cdecl]<long, long, long, long, long, void*, int> _dwrite;
    private readonly delegate* unmanaged[Cdecl]<long, int> _dclose;
    private readonly delegate* unmanaged[Cdecl]<long, int> _fclose;
    private readonly long _float;
    private readonly long _file;

    public TestHdf5Writer(string path)
    {
        var lib = Hls4Net.Frontends.Keras.Hdf5.Hdf5Library.Instance.Handle;
        IntPtr F(string n) => NativeLibrary.GetExport(lib, n);
        var fcreate = (delegate* unmanaged[Cdecl]<byte*, uint, long, long, long>)F("H5Fcreate");
        _gcreate = (delegate* unmanaged[Cdecl]<long, byte*, long, long, long, long>)F("H5Gcreate2");
        _gclose = (delegate* unmanaged[Cdecl]<long, int>)F("H5Gclose");
        _screate = (delegate* unmanaged[Cdecl]<int, ulong*, ulong*, long>)F("H5Screate_simple");
        _sclose = (delegate* unmanaged[Cdecl]<long, int>)F("H5Sclose");
        _dcreate = (delegate* unmanaged[Cdecl]<long, byte*, long, long, long, long, long, long>)F("H5Dcreate2");
        _dwrite = (delegate* unmanaged[Cdecl]<long, long, long, long, long, void*, int>)F("H5Dwrite");
        _dclose = (delegate* unmanaged[Cdecl]<long, int>)F("H5Dclose");
        _fclose = (delegate* unmanaged[Cdecl]<long, int>)F("H5Fclose");
        _float = Marshal.ReadInt64(F("H5T_NATIVE_FLOAT_g"));
        fixed (byte* p = Z(path)) _file = fcreate(p, 2 /* H5F_ACC_TRUNC */, 0, 0);
        if (_file < 0) throw new IOException($"cannot create {path}");
    }

    public void Group(string path)
    {
        fixed (byte* p = Z(path))
        {
            var g = _gcreate(_file, p, 0, 0, 0);
            if (g < 0) throw new IOException($"cannot create group {path}");
            _gclose(g);
        }
    }

    public void Floats(string path, float[] data, params int[] dims)
    {
        var d64 = dims.Select(d => (ulong)d).ToArray();
        fixed (ulong* pd = d64)
        fixed (byte* p = Z(path))
        fixed (float* pdata = data)
        {
            var space = _screate(dims.Length, pd, null);
            var set = _dcreate(_file, p, _float, space, 0, 0, 0);
            if (set < 0) throw new IOException($"cannot create dataset {path}");
            if (_dwrite(set, _float, 0, 0, 0, pdata) < 0) throw new IOException($"cannot write {path}");
            _dclose(set);
            _sclose(space);
        }
    }

    /// <summary>
    /// A fixed-length string array attribute on a group or dataset (as h5py writes Keras 2's <c>layer_names</c> and
    /// <c>weight_names</c>).
    /// </summary>
    public void Strings(string objectPath, string name, params string[] values)
    {
        var lib = Hls4Net.Frontends.Keras.Hdf5.Hdf5Library.Instance.Handle;
        IntPtr F(string n) => NativeLibrary.GetExport(lib, n);
        var oopen = (delegate* unmanaged[Cdecl]<long, byte*, long, long>)F("H5Oopen");
        var oclose = (delegate* unmanaged[Cdecl]<long, int>)F("H5Oclose");
        var tcopy = (delegate* unmanaged[Cdecl]<long, long>)F("H5Tcopy");
        var tsetSize = (delegate* unmanaged[Cdecl]<long, nuint, int>)F("H5Tset_size");
        var tclose = (delegate* unmanaged[Cdecl]<long, int>)F("H5Tclose");
        var acreate = (delegate* unmanaged[Cdecl]<long, byte*, long, long, long, long, long>)F("H5Acreate2");
        var awrite = (delegate* unmanaged[Cdecl]<long, long, void*, int>)F("H5Awrite");
        var aclose = (delegate* unmanaged[Cdecl]<long, int>)F("H5Aclose");
        var width = values.Select(v => Encoding.UTF8.GetByteCount(v)).DefaultIfEmpty(0).Max() + 1;
        var buffer = new byte[Math.Max(1, values.Length) * width];
        for (var i = 0; i < values.Length; i++) Encoding.UTF8.GetBytes(values[i], buffer.AsSpan(i * width));
        var dims = new[] { (ulong)values.Length };
        fixed (byte* po = Z(objectPath))
        fixed (byte* pn = Z(name))
        fixed (byte* pb = buffer)
        fixed (ulong* pd = dims)
        {
            var obj = oopen(_file, po, 0);
            if (obj < 0) throw new IOException($"cannot open {objectPath}");
            var type = tcopy(Marshal.ReadInt64(F("H5T_C_S1_g")));
            tsetSize(type, (nuint)width);
            var space = _screate(1, pd, null);
            var attr = acreate(obj, pn, type, space, 0, 0);
            if (attr < 0 || awrite(attr, type, pb) < 0) throw new IOException($"cannot write attribute {name} of {objectPath}");
            aclose(attr);
            _sclose(space);
            tclose(type);
            oclose(obj);
        }
    }

    public void Dispose() => _fclose(_file);

    private static byte[] Z(string s) => Encoding.UTF8.GetBytes(s + "\0");
}
