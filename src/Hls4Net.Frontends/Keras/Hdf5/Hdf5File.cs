using System.Runtime.InteropServices;
using System.Text;
using Hls4Net.Core.Ir;

namespace Hls4Net.Frontends.Keras.Hdf5;

/// <summary>A read-only HDF5 file: list groups, read float datasets and string attributes. Paths are absolute ("/a/b").</summary>
public sealed unsafe class Hdf5File : IDisposable
{
    private const int ClassString = 3;

    /// <summary>
    /// Largest dataset read (2^26 values, 256 MiB as float32): far above any weight tensor that fits an FPGA, and
    /// checked before allocating, since a small corrupt or hostile file can declare a dataset of any size.
    /// </summary>
    public const long MaxValues = 1L << 26;
    private readonly Hdf5Api _api;
    private long _file;

    private Hdf5File(Hdf5Api api, long file, string path)
    {
        _api = api;
        _file = file;
        Path = path;
    }

    public string Path { get; }

    /// <summary>Open <paramref name="path"/> read-only; a missing, truncated or non-HDF5 file is an <see cref="Hdf5Exception"/>.</summary>
    public static Hdf5File Open(string path)
    {
        if (!File.Exists(path)) throw new Hdf5Exception($"file not found: '{path}'");
        var api = Hdf5Library.Instance.Api;
        api.SilenceThisThread();
        long id;
        fixed (byte* p = Utf8(path)) id = api.H5Fopen(p, 0, 0);
        if (id < 0) throw new Hdf5Exception($"'{path}' is not a readable HDF5 file (corrupt or truncated?)");
        return new Hdf5File(api, id, path);
    }

    /// <summary>True when an object (group or dataset) exists at <paramref name="path"/>.</summary>
    public bool Exists(string path) => ObjectType(path) > 0;

    /// <summary>True when <paramref name="path"/> is a group.</summary>
    public bool IsGroup(string path) => ObjectType(path) == 2;

    /// <summary>True when <paramref name="path"/> is a dataset.</summary>
    public bool IsDataset(string path) => ObjectType(path) == 5;

    /// <summary>Names of the links directly inside a group, in name order.</summary>
    public IReadOnlyList<string> Children(string groupPath)
    {
        _api.SilenceThisThread();
        using var group = new Hdf5Handle(OpenObject(groupPath), _api.H5Oclose);
        var info = stackalloc byte[64];
        Check(_api.H5Gget_info(group.Id, info), $"cannot list group '{groupPath}'");
        var count = *(ulong*)(info + 8);
        var names = new List<string>((int)count);
        var buffer = new byte[1024];
        for (ulong i = 0; i < count; i++)
        {
            long len;
            fixed (byte* dot = Utf8("."))
            fixed (byte* b = buffer) len = _api.H5Lget_name_by_idx(group.Id, dot, 0, 0, i, b, (nuint)buffer.Length, 0);
            Check((int)Math.Min(len, 0), $"cannot read link {i} of '{groupPath}'");
            names.Add(Encoding.UTF8.GetString(buffer, 0, (int)Math.Min(len, buffer.Length - 1)));
        }
        return names;
    }

    /// <summary>Read a numeric dataset as float32 (HDF5 converts), with its dimensions.</summary>
    public float[] ReadFloats(string path, out int[] dims)
    {
        _api.SilenceThisThread();
        long d;
        fixed (byte* p = Utf8(path)) d = _api.H5Dopen2(_file, p, 0);
        if (d < 0) throw new Hdf5Exception($"dataset '{path}' not found in '{Path}'");
        using var dataset = new Hdf5Handle(d, _api.H5Dclose);
        using var space = new Hdf5Handle(_api.H5Dget_space(d), _api.H5Sclose);
        dims = Dims(space.Id, path);
        var points = _api.H5Sget_simple_extent_npoints(space.Id);
        if (points < 0 || points > MaxValues)
        {
            throw new Hdf5Exception($"dataset '{path}' in '{Path}' declares {(points < 0 ? "an unreadable number of" : points)} values (shape [{string.Join(",", dims)}]); at most {MaxValues} are supported");
        }
        var data = ConstantArrays.Allocate<float>((int)points); // the model's weights: never copied by the GC
        fixed (float* buf = data) Check(_api.H5Dread(d, _api.NativeFloat, 0, 0, 0, buf), $"cannot read dataset '{path}' as numbers");
        return data;
    }

    /// <summary>
    /// Read a string (or string array) attribute; fixed- and variable-length strings both work, and an empty
    /// array of any type reads as no strings. Returns null when the attribute does not exist.
    /// </summary>
    public string[]? ReadStringAttribute(string objectPath, string name)
    {
        _api.SilenceThisThread();
        using var obj = new Hdf5Handle(OpenObject(objectPath), _api.H5Oclose);
        int exists;
        fixed (byte* n = Utf8(name)) exists = _api.H5Aexists(obj.Id, n);
        if (exists <= 0) return null;
        long a;
        fixed (byte* n = Utf8(name)) a = _api.H5Aopen(obj.Id, n, 0);
        using var attr = new Hdf5Handle(a, _api.H5Aclose);
        using var space = new Hdf5Handle(_api.H5Aget_space(a), _api.H5Sclose);
        using var type = new Hdf5Handle(_api.H5Aget_type(a), _api.H5Tclose);
        var count = (int)_api.H5Sget_simple_extent_npoints(space.Id);
        if (count == 0) return [];
        if (_api.H5Tget_class(type.Id) != ClassString) throw new Hdf5Exception($"attribute '{name}' of '{objectPath}' is not a string");
        return _api.H5Tis_variable_str(type.Id) > 0 ? ReadVariable(a, type.Id, count, name) : ReadFixed(a, type.Id, count, name);
    }

    public void Dispose()
    {
        if (_file > 0) _api.H5Fclose(_file);
        _file = 0;
    }

    private string[] ReadVariable(long attr, long type, int count, string name)
    {
        var ptrs = new IntPtr[count];
        fixed (IntPtr* p = ptrs) Check(_api.H5Aread(attr, type, p), $"cannot read attribute '{name}'");
        var result = new string[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = Marshal.PtrToStringUTF8(ptrs[i]) ?? "";
            if (ptrs[i] != IntPtr.Zero) _api.H5free_memory((void*)ptrs[i]);
        }
        return result;
    }

    private string[] ReadFixed(long attr, long type, int count, string name)
    {
        var size = (int)_api.H5Tget_size(type);
        var bytes = new byte[size * count];
        fixed (byte* p = bytes) Check(_api.H5Aread(attr, type, p), $"cannot read attribute '{name}'");
        var result = new string[count];
        for (var i = 0; i < count; i++)
        {
            var span = bytes.AsSpan(i * size, size);
            var end = span.IndexOf((byte)0);
            result[i] = Encoding.UTF8.GetString(end < 0 ? span : span[..end]);
        }
        return result;
    }

    private long OpenObject(string path)
    {
        long id;
        fixed (byte* p = Utf8(path)) id = _api.H5Oopen(_file, p, 0);
        if (id < 0) throw new Hdf5Exception($"'{path}' not found in '{Path}'");
        return id;
    }

    private int ObjectType(string path)
    {
        _api.SilenceThisThread();
        if (path == "/") return 2;
        long id;
        fixed (byte* p = Utf8(path)) id = _api.H5Oopen(_file, p, 0);
        if (id < 0) return -1;
        var t = _api.H5Iget_type(id);
        _api.H5Oclose(id);
        return t;
    }

    private int[] Dims(long space, string path)
    {
        var rank = _api.H5Sget_simple_extent_ndims(space);
        if (rank < 0 || rank > 32) throw new Hdf5Exception($"dataset '{path}' in '{Path}' has an unreadable shape");
        var dims = new ulong[rank];
        fixed (ulong* d = dims) Check(_api.H5Sget_simple_extent_dims(space, d, null), $"cannot read the shape of dataset '{path}'");
        if (dims.Any(x => x > MaxValues))
        {
            throw new Hdf5Exception($"dataset '{path}' in '{Path}' has shape [{string.Join(",", dims)}]; at most {MaxValues} values are supported");
        }
        return dims.Select(x => (int)x).ToArray();
    }

    private void Check(int status, string what)
    {
        if (status < 0) throw new Hdf5Exception($"{what} in '{Path}'");
    }

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s + "\0");
}
