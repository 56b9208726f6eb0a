namespace Hls4Net.Frontends.Keras.Hdf5;

/// <summary>The HDF5 C library could not be loaded; the message says how to install it.</summary>
public sealed class Hdf5NotFoundException : Hls4NetException
{
    public Hdf5NotFoundException(string message) : base(Hls4NetErrorCategory.MissingDependency, message) { }
}
