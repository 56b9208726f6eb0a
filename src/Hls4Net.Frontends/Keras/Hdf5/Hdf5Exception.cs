namespace Hls4Net.Frontends.Keras.Hdf5;

/// <summary>An HDF5 call failed (corrupt file, missing object, unexpected type).</summary>
public sealed class Hdf5Exception : Hls4NetException
{
    public Hdf5Exception(string message) : base(Hls4NetErrorCategory.Model, message) { }
}
