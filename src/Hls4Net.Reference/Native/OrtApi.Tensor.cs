namespace Hls4Net.Reference.Native;

/// <summary>Memory info, float tensors and reading tensor type/shape/data.</summary>
internal sealed unsafe partial class OrtApi
{
    private const int OrtArenaAllocator = 1;
    private const int OrtMemTypeDefault = 0;

    public OrtHandle CreateCpuMemoryInfo()
    {
        IntPtr info;
        Check(((delegate* unmanaged<int, int, IntPtr*, IntPtr>)Slot(OrtApiIndex.CreateCpuMemoryInfo))(
            OrtArenaAllocator, OrtMemTypeDefault, &info), "CreateCpuMemoryInfo");
        return Own(info, OrtApiIndex.ReleaseMemoryInfo, "OrtMemoryInfo");
    }

    /// <summary>Wrap caller memory (which must stay pinned while the value lives) as a float tensor.</summary>
    public OrtHandle CreateFloatTensor(OrtHandle memoryInfo, float* data, int elementCount, long[] shape)
    {
        IntPtr value;
        long scalar = 0; // ORT wants a non-null shape pointer even for rank 0
        fixed (long* dims = shape)
        {
            Check(((delegate* unmanaged<IntPtr, void*, nuint, long*, nuint, int, IntPtr*, IntPtr>)Slot(OrtApiIndex.CreateTensorWithDataAsOrtValue))(
                memoryInfo.Pointer, data, (nuint)elementCount * sizeof(float), shape.Length == 0 ? &scalar : dims, (nuint)shape.Length,
                (int)OnnxTensorElementType.Float, &value), "CreateTensorWithDataAsOrtValue");
        }

        GC.KeepAlive(memoryInfo);
        return Own(value, OrtApiIndex.ReleaseValue, "OrtValue");
    }

    /// <summary>Element type and dimensions of a tensor value.</summary>
    public (OnnxTensorElementType Type, long[] Shape) GetTensorTypeAndShape(OrtHandle value)
    {
        IntPtr raw;
        Check(((delegate* unmanaged<IntPtr, IntPtr*, IntPtr>)Slot(OrtApiIndex.GetTensorTypeAndShape))(value.Pointer, &raw),
            "GetTensorTypeAndShape");
        GC.KeepAlive(value);
        using var info = Own(raw, OrtApiIndex.ReleaseTensorTypeAndShapeInfo, "OrtTensorTypeAndShapeInfo");
        return ReadTypeAndShape(info.Pointer);
    }

    /// <summary>Copy a float tensor's data out of ORT.</summary>
    public float[] CopyFloatData(OrtHandle value, long elementCount)
    {
        void* data;
        Check(((delegate* unmanaged<IntPtr, void**, IntPtr>)Slot(OrtApiIndex.GetTensorMutableData))(value.Pointer, &data),
            "GetTensorMutableData");
        var result = new float[checked((int)elementCount)];
        new ReadOnlySpan<float>(data, result.Length).CopyTo(result);
        GC.KeepAlive(value);
        return result;
    }

    private (OnnxTensorElementType Type, long[] Shape) ReadTypeAndShape(IntPtr tensorInfo)
    {
        int type;
        Check(((delegate* unmanaged<IntPtr, int*, IntPtr>)Slot(OrtApiIndex.GetTensorElementType))(tensorInfo, &type),
            "GetTensorElementType");
        nuint rank;
        Check(((delegate* unmanaged<IntPtr, nuint*, IntPtr>)Slot(OrtApiIndex.GetDimensionsCount))(tensorInfo, &rank),
            "GetDimensionsCount");
        var dims = new long[(int)rank];
        fixed (long* d = dims)
        {
            Check(((delegate* unmanaged<IntPtr, long*, nuint, IntPtr>)Slot(OrtApiIndex.GetDimensions))(tensorInfo, d, rank),
                "GetDimensions");
        }

        return ((OnnxTensorElementType)type, dims);
    }
}
