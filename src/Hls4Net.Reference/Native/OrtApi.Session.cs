using System.Runtime.InteropServices;

namespace Hls4Net.Reference.Native;

/// <summary>Session options, session creation, metadata and Run.</summary>
internal sealed unsafe partial class OrtApi
{
    private const int OrtDisableAll = 0;
    private const int OrtEnableAll = 99;

    public OrtHandle CreateSessionOptions(OnnxRuntimeSessionOptions settings)
    {
        IntPtr raw;
        Check(((delegate* unmanaged<IntPtr*, IntPtr>)Slot(OrtApiIndex.CreateSessionOptions))(&raw), "CreateSessionOptions");
        var options = Own(raw, OrtApiIndex.ReleaseSessionOptions, "OrtSessionOptions");
        try
        {
            var p = options.Pointer;
            Check(((delegate* unmanaged<IntPtr, int, IntPtr>)Slot(OrtApiIndex.SetIntraOpNumThreads))(p, settings.IntraOpThreads), "SetIntraOpNumThreads");
            Check(((delegate* unmanaged<IntPtr, int, IntPtr>)Slot(OrtApiIndex.SetInterOpNumThreads))(p, 1), "SetInterOpNumThreads");
            Check(((delegate* unmanaged<IntPtr, int, IntPtr>)Slot(OrtApiIndex.SetSessionGraphOptimizationLevel))(
                p, settings.OptimizeGraph ? OrtEnableAll : OrtDisableAll), "SetSessionGraphOptimizationLevel");
            return options;
        }
        catch
        {
            options.Dispose();
            throw;
        }
    }

    public OrtHandle CreateSession(string modelPath, OrtHandle options)
    {
        // ORTCHAR_T is char (UTF-8) on Linux/macOS and wchar_t on Windows.
        var path = OperatingSystem.IsWindows() ? Marshal.StringToHGlobalUni(modelPath) : Marshal.StringToCoTaskMemUTF8(modelPath);
        try
        {
            IntPtr session;
            Check(((delegate* unmanaged<IntPtr, IntPtr, IntPtr, IntPtr*, IntPtr>)Slot(OrtApiIndex.CreateSession))(
                Env.Pointer, path, options.Pointer, &session), "CreateSession");
            return Own(session, OrtApiIndex.ReleaseSession, "OrtSession");
        }
        finally
        {
            if (OperatingSystem.IsWindows())
                Marshal.FreeHGlobal(path);
            else
                Marshal.FreeCoTaskMem(path);
            GC.KeepAlive(options);
        }
    }

    public OrtHandle CreateSessionFromArray(byte[] model, OrtHandle options)
    {
        IntPtr session;
        fixed (byte* data = model)
        {
            Check(((delegate* unmanaged<IntPtr, byte*, nuint, IntPtr, IntPtr*, IntPtr>)Slot(OrtApiIndex.CreateSessionFromArray))(
                Env.Pointer, data, (nuint)model.Length, options.Pointer, &session), "CreateSessionFromArray");
        }

        GC.KeepAlive(options);
        return Own(session, OrtApiIndex.ReleaseSession, "OrtSession");
    }

    public int GetCount(OrtHandle session, bool inputs)
    {
        nuint count;
        var slot = inputs ? OrtApiIndex.SessionGetInputCount : OrtApiIndex.SessionGetOutputCount;
        Check(((delegate* unmanaged<IntPtr, nuint*, IntPtr>)Slot(slot))(session.Pointer, &count),
            inputs ? "SessionGetInputCount" : "SessionGetOutputCount");
        GC.KeepAlive(session);
        return checked((int)count);
    }

    public string GetName(OrtHandle session, int index, bool input)
    {
        IntPtr allocator;
        Check(((delegate* unmanaged<IntPtr*, IntPtr>)Slot(OrtApiIndex.GetAllocatorWithDefaultOptions))(&allocator),
            "GetAllocatorWithDefaultOptions");
        IntPtr name;
        var slot = input ? OrtApiIndex.SessionGetInputName : OrtApiIndex.SessionGetOutputName;
        Check(((delegate* unmanaged<IntPtr, nuint, IntPtr, IntPtr*, IntPtr>)Slot(slot))(
            session.Pointer, (nuint)index, allocator, &name), input ? "SessionGetInputName" : "SessionGetOutputName");
        GC.KeepAlive(session);
        try
        {
            return Marshal.PtrToStringUTF8(name) ?? "";
        }
        finally
        {
            Check(((delegate* unmanaged<IntPtr, IntPtr, IntPtr>)Slot(OrtApiIndex.AllocatorFree))(allocator, name), "AllocatorFree");
        }
    }

    public (OnnxTensorElementType Type, long[] Shape) GetTypeInfo(OrtHandle session, int index, bool input)
    {
        IntPtr raw;
        var slot = input ? OrtApiIndex.SessionGetInputTypeInfo : OrtApiIndex.SessionGetOutputTypeInfo;
        Check(((delegate* unmanaged<IntPtr, nuint, IntPtr*, IntPtr>)Slot(slot))(session.Pointer, (nuint)index, &raw),
            input ? "SessionGetInputTypeInfo" : "SessionGetOutputTypeInfo");
        GC.KeepAlive(session);
        using var typeInfo = Own(raw, OrtApiIndex.ReleaseTypeInfo, "OrtTypeInfo");
        IntPtr tensorInfo; // borrowed from typeInfo; null when not a tensor
        Check(((delegate* unmanaged<IntPtr, IntPtr*, IntPtr>)Slot(OrtApiIndex.CastTypeInfoToTensorInfo))(typeInfo.Pointer, &tensorInfo),
            "CastTypeInfoToTensorInfo");
        return tensorInfo == IntPtr.Zero ? (OnnxTensorElementType.Undefined, []) : ReadTypeAndShape(tensorInfo);
    }

    /// <summary>Run with the given inputs; returns owned output values in the order of <paramref name="outputNames"/>.</summary>
    public OrtHandle[] Run(OrtHandle session, IReadOnlyList<string> inputNames, IReadOnlyList<OrtHandle> inputs,
        IReadOnlyList<string> outputNames)
    {
        var names = new IntPtr[inputNames.Count + outputNames.Count];
        var inputValues = new IntPtr[inputs.Count];
        var outputs = new IntPtr[outputNames.Count];
        try
        {
            for (var i = 0; i < inputNames.Count; i++)
                names[i] = Marshal.StringToCoTaskMemUTF8(inputNames[i]);
            for (var i = 0; i < outputNames.Count; i++)
                names[inputNames.Count + i] = Marshal.StringToCoTaskMemUTF8(outputNames[i]);
            for (var i = 0; i < inputs.Count; i++)
                inputValues[i] = inputs[i].Pointer;
            fixed (IntPtr* n = names)
            fixed (IntPtr* v = inputValues)
            fixed (IntPtr* o = outputs)
            {
                Check(((delegate* unmanaged<IntPtr, IntPtr, IntPtr*, IntPtr*, nuint, IntPtr*, nuint, IntPtr*, IntPtr>)Slot(OrtApiIndex.Run))(
                    session.Pointer, IntPtr.Zero, n, v, (nuint)inputs.Count, n + inputNames.Count, (nuint)outputNames.Count, o), "Run");
            }

            return outputs.Select(p => Own(p, OrtApiIndex.ReleaseValue, "OrtValue")).ToArray();
        }
        catch
        {
            foreach (var p in outputs.Where(p => p != IntPtr.Zero))
                Own(p, OrtApiIndex.ReleaseValue, "OrtValue").Dispose();
            throw;
        }
        finally
        {
            foreach (var p in names)
                Marshal.FreeCoTaskMem(p);
            GC.KeepAlive(session);
            GC.KeepAlive(inputs);
        }
    }
}
