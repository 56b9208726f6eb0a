namespace Hls4Net.Frontends.Keras.Hdf5;

/// <summary>Closes an HDF5 identifier with its matching close function when disposed.</summary>
internal readonly unsafe struct Hdf5Handle : IDisposable
{
    private readonly delegate* unmanaged[Cdecl]<long, int> _close;

    public Hdf5Handle(long id, delegate* unmanaged[Cdecl]<long, int> close)
    {
        if (id < 0) throw new Hdf5Exception("HDF5 call returned an invalid identifier");
        Id = id;
        _close = close;
    }

    public long Id { get; }

    public void Dispose()
    {
        if (Id > 0) _close(Id);
    }
}
