using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Hls4Net.Reference.Native;

/// <summary>
/// Our own binding to ORT's C API: the <c>OrtApi</c> function table fetched through the exported
/// <c>OrtGetApiBase</c>, called by slot (<see cref="OrtApiIndex"/>). Every non-null <c>OrtStatus</c>
/// becomes an <see cref="OnnxRuntimeException"/> and is released.
/// </summary>
internal sealed unsafe partial class OrtApi
{
    /// <summary>C API version requested from <c>OrtApiBase::GetApi</c> (ORT 1.17); the 1.30 library serves 1..30.</summary>
    public const uint ApiVersion = 17;

    private const int OrtLoggingLevelError = 3;
    private static readonly ConcurrentDictionary<string, Lazy<OrtApi>> Loaded = new();
    private readonly IntPtr* _table;

    private OrtApi(string libraryPath)
    {
        LibraryPath = libraryPath;
        IntPtr library;
        try
        {
            library = NativeLibrary.Load(libraryPath);
        }
        catch (Exception e) when (e is DllNotFoundException or BadImageFormatException)
        {
            throw new OnnxRuntimeNotFoundException(
                $"ONNX Runtime library '{libraryPath}' could not be loaded: {e.Message}", e);
        }

        if (!NativeLibrary.TryGetExport(library, "OrtGetApiBase", out var getApiBase))
            throw new OnnxRuntimeNotFoundException($"'{libraryPath}' does not export OrtGetApiBase; is it ONNX Runtime?");

        // struct OrtApiBase { const OrtApi* (*GetApi)(uint32_t); const char* (*GetVersionString)(void); }
        var apiBase = ((delegate* unmanaged<IntPtr*>)getApiBase)();
        var getVersion = (delegate* unmanaged<IntPtr>)apiBase[1];
        Version = Marshal.PtrToStringUTF8(getVersion()) ?? "?";
        var getApi = (delegate* unmanaged<uint, IntPtr*>)apiBase[0];
        _table = getApi(ApiVersion);
        if (_table == null)
            throw new OnnxRuntimeNotFoundException(
                $"ONNX Runtime {Version} at '{libraryPath}' does not support C API version {ApiVersion}");

        Env = CreateEnv("hls4net");
    }

    /// <summary>Path the library was loaded from.</summary>
    public string LibraryPath { get; }

    /// <summary><c>GetVersionString()</c>, e.g. "1.30.0".</summary>
    public string Version { get; }

    /// <summary>One process-wide environment per loaded library (ORT shares it anyway).</summary>
    public OrtHandle Env { get; }

    /// <summary>Load (once per path) the library and its function table.</summary>
    public static OrtApi Load(string libraryPath)
    {
        var full = Path.GetFullPath(libraryPath);
        var lazy = Loaded.GetOrAdd(full, p => new Lazy<OrtApi>(() => new OrtApi(p)));
        try
        {
            return lazy.Value;
        }
        catch
        {
            Loaded.TryRemove(new KeyValuePair<string, Lazy<OrtApi>>(full, lazy));
            throw;
        }
    }

    private IntPtr Slot(int index) => _table[index];

    /// <summary>Turn a status into an exception (releasing the status); no-op for null.</summary>
    public void Check(IntPtr status, string operation)
    {
        if (status == IntPtr.Zero)
            return;
        var code = ((delegate* unmanaged<IntPtr, int>)Slot(OrtApiIndex.GetErrorCode))(status);
        var message = Marshal.PtrToStringUTF8(((delegate* unmanaged<IntPtr, IntPtr>)Slot(OrtApiIndex.GetErrorMessage))(status));
        ((delegate* unmanaged<IntPtr, void>)Slot(OrtApiIndex.ReleaseStatus))(status);
        throw new OnnxRuntimeException((OnnxRuntimeErrorCode)code, message ?? "(no message)", operation);
    }

    private OrtHandle Own(IntPtr pointer, int releaseIndex, string kind) =>
        new(pointer, (delegate* unmanaged<IntPtr, void>)Slot(releaseIndex), kind);

    private OrtHandle CreateEnv(string logId)
    {
        var id = Marshal.StringToCoTaskMemUTF8(logId);
        try
        {
            IntPtr env;
            Check(((delegate* unmanaged<int, IntPtr, IntPtr*, IntPtr>)Slot(OrtApiIndex.CreateEnv))(
                OrtLoggingLevelError, id, &env), "CreateEnv");
            return Own(env, OrtApiIndex.ReleaseEnv, "OrtEnv");
        }
        finally
        {
            Marshal.FreeCoTaskMem(id);
        }
    }
}
