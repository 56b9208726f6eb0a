using System.Runtime.InteropServices;

namespace Hls4Net.Reference.Native;

/// <summary>Owns one ORT object and frees it with its matching <c>Release*</c> function exactly once.</summary>
internal sealed unsafe class OrtHandle : SafeHandle
{
    private readonly delegate* unmanaged<IntPtr, void> _release;

    public OrtHandle(IntPtr pointer, delegate* unmanaged<IntPtr, void> release, string kind)
        : base(IntPtr.Zero, ownsHandle: true)
    {
        _release = release;
        Kind = kind;
        SetHandle(pointer);
    }

    /// <summary>ORT type name, for messages.</summary>
    public string Kind { get; }

    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>The raw pointer; throws when already released.</summary>
    public IntPtr Pointer
    {
        get
        {
            ObjectDisposedException.ThrowIf(IsClosed, this);
            return handle;
        }
    }

    protected override bool ReleaseHandle()
    {
        _release(handle);
        return true;
    }
}
