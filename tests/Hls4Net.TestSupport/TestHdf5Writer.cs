using System.Runtime.InteropServices;
using System.Text;
using Hls4Net.Frontends.Keras.Hdf5;

namespace Hls4Net.TestSupport;

/// <summary>
/// A small HDF5 writer for test fixtures (groups, float32 datasets, fixed-length string attributes) through the
/// system library Hls4Net already loads, so Keras 2 and Keras 3 weight files are made without Python: the attributes a
/// Keras 2 file needs (model_config, weight_names), and datasets whose declared size is never written (a hostile huge
/// shape in a small file). No modification times are stored: the same content gives the same bytes.
/// </summary>
public sealed unsafe class TestHdf5Writer : IDisposable
{
    private readonly delegate* unmanaged[Cdecl]<long, byte*, long, long, long, long> _gcreate;
    private readonly delegate* unmanaged[Cdecl]<long, int> _close;
    private readonly delegate* unmanaged[Cdecl]<int, ulong*, ulong*, long> _screate;
    private readonly delegate* unmanaged[Cdecl]<long, int> _sclose;
    private readonly delegate* unmanaged[Cdecl]<long, byte*, long, long, long, long, long, long> _dcreate;
    private readonly delegate* unmanaged[Cdecl]<long, long, long, long, long, void*, int> _dwrite;
    private readonly delegate* unmanaged[Cdecl]<long, int> _dclose;
    private readonly delegate* unmanaged[Cdecl]<long, long> _tcopy;
    private readonly delegate* unmanaged[Cdecl]<long, nuint, int> _tsetSize;
    private readonly delegate* unmanaged[Cdecl]<long, int> _tclose;
    private readonly delegate* unmanaged[Cdecl]<long, byte*, long, long, long, long, long> _acreate;
    private readonly delegate* unmanaged[Cdecl]<long, long, void*, int> _awrite;
    private readonly delegate* unmanaged[Cdecl]<long, int> _aclose;
    private readonly delegate* unmanaged[Cdecl]<long, byte*, long, long> _oopen;
    private readonly delegate* unmanaged[Cdecl]<long, int> _oclose;
    private readonly delegate* unmanaged[Cdecl]<long, int> _fclose;
    private readonly long _float;
    private readonly long _cstring;
    private readonly delegate* unmanaged[Cdecl]<long, int> _pclose;
    private readonly long _file;
    private readonly long _dcpl;
    private readonly long _gcpl;

    public TestHdf5Writer(string path)
    {
        var lib = Hdf5Library.Instance.Handle;
        IntPtr F(string n) => NativeLibrary.GetExport(lib, n);
        var fcreate = (delegate* unmanaged[Cdecl]<byte*, uint, long, long, long>)F("H5Fcreate");
        _gcreate = (delegate* unmanaged[Cdecl]<long, byte*, long, long, long, long>)F("H5Gcreate2");
        _close = (delegate* unmanaged[Cdecl]<long, int>)F("H5Gclose");
        _screate = (delegate* unmanaged[Cdecl]<int, ulong*, ulong*, long>)F("H5Screate_simple");
        _sclose = (delegate* unmanaged[Cdecl]<long, int>)F("H5Sclose");
        _dcreate = (delegate* unmanaged[Cdecl]<long, byte*, long, long, long, long, long, long>)F("H5Dcreate2");
        _dwrite = (delegate* unmanaged[Cdecl]<long, long, long, long, long, void*, int>)F("H5Dwrite");
        _dclose = (delegate* unmanaged[Cdecl]<long, int>)F("H5Dclose");
        _tcopy = (delegate* unmanaged[Cdecl]<long, long>)F("H5Tcopy");
        _tsetSize = (delegate* unmanaged[Cdecl]<long, nuint, int>)F("H5Tset_size");
        _tclose = (delegate* unmanaged[Cdecl]<long, int>)F("H5Tclose");
        _acreate = (delegate* unmanaged[Cdecl]<long, byte*, long, long, long, long, long>)F("H5Acreate2");
        _awrite = (delegate* unmanaged[Cdecl]<long, long, void*, int>)F("H5Awrite");
        _aclose = (delegate* unmanaged[Cdecl]<long, int>)F("H5Aclose");
        _oopen = (delegate* unmanaged[Cdecl]<long, byte*, long, long>)F("H5Oopen");
        _oclose = (delegate* unmanaged[Cdecl]<long, int>)F("H5Oclose");
        _fclose = (delegate* unmanaged[Cdecl]<long, int>)F("H5Fclose");
        _float = Marshal.ReadInt64(F("H5T_NATIVE_FLOAT_g"));
        _cstring = Marshal.ReadInt64(F("H5T_C_S1_g"));
        _pclose = (delegate* unmanaged[Cdecl]<long, int>)F("H5Pclose");
        // No modification times in object headers, so the same content gives the same bytes (a deterministic corpus).
        var pcreate = (delegate* unmanaged[Cdecl]<long, long>)F("H5Pcreate");
        var trackTimes = (delegate* unmanaged[Cdecl]<long, uint, int>)F("H5Pset_obj_track_times");
        _dcpl = pcreate(Marshal.ReadInt64(F("H5P_CLS_DATASET_CREATE_ID_g")));
        _gcpl = pcreate(Marshal.ReadInt64(F("H5P_CLS_GROUP_CREATE_ID_g")));
        if (_dcpl < 0 || _gcpl < 0 || trackTimes(_dcpl, 0) < 0 || trackTimes(_gcpl, 0) < 0) throw new IOException("cannot set up HDF5 property lists");
        fixed (byte* p = Z(path)) _file = fcreate(p, 2 /* H5F_ACC_TRUNC */, 0, 0);
        if (_file < 0) throw new IOException($"cannot create {path}");
    }

    public void Group(string path)
    {
        fixed (byte* p = Z(path))
        {
            var g = _gcreate(_file, p, 0, _gcpl, 0);
            if (g < 0) throw new IOException($"cannot create group {path}");
            _close(g);
        }
    }

    /// <summary>A float32 dataset; with <paramref name="data"/> null nothing is written (the declared size may be huge).</summary>
    public void Floats(string path, float[]? data, params long[] dims)
    {
        var d64 = dims.Select(d => (ulong)d).ToArray();
        fixed (ulong* pd = d64)
        fixed (byte* p = Z(path))
        fixed (float* pdata = data)
        {
            var space = _screate(dims.Length, pd, null);
            var set = _dcreate(_file, p, _float, space, 0, _dcpl, 0);
            if (set < 0) throw new IOException($"cannot create dataset {path}");
            if (data is not null && _dwrite(set, _float, 0, 0, 0, pdata) < 0) throw new IOException($"cannot write {path}");
            _dclose(set);
            _sclose(space);
        }
    }

    /// <summary>A fixed-length string attribute: a scalar for one value, else a 1-D array (as h5py writes numpy 'S' arrays).</summary>
    public void Strings(string objectPath, string name, params string[] values)
    {
        var encoded = values.Select(Encoding.UTF8.GetBytes).ToArray();
        var size = Math.Max(1, encoded.Select(e => e.Length).DefaultIfEmpty(1).Max());
        var buffer = new byte[size * Math.Max(values.Length, 1)];
        for (var i = 0; i < encoded.Length; i++) encoded[i].CopyTo(buffer, i * size);
        var type = _tcopy(_cstring);
        _tsetSize(type, (nuint)size);
        var dims = new ulong[] { (ulong)values.Length };
        fixed (ulong* pd = dims)
        fixed (byte* o = Z(objectPath))
        fixed (byte* n = Z(name))
        fixed (byte* data = buffer)
        {
            var space = _screate(values.Length == 1 ? 0 : 1, pd, null);
            var obj = _oopen(_file, o, 0);
            var attr = _acreate(obj, n, type, space, 0, 0);
            if (attr < 0) throw new IOException($"cannot create attribute {name} on {objectPath}");
            if (_awrite(attr, type, data) < 0) throw new IOException($"cannot write attribute {name}");
            _aclose(attr);
            _oclose(obj);
            _sclose(space);
        }
        _tclose(type);
    }

    public void Dispose()
    {
        _fclose(_file);
        _pclose(_dcpl);
        _pclose(_gcpl);
    }

    private static byte[] Z(string s) => Encoding.UTF8.GetBytes(s + "\0");
}
