using Hls4Net.Core.Ir;

namespace Hls4Net.Frontends.Onnx;

/// <summary>
/// An ONNX tensor whose batch axis is not axis 0 (the time-major [seq, batch, ...] tensors around ONNX's recurrent
/// ops): <see cref="Value"/> holds each sample's data in the order of <see cref="Dims"/> without the batch axis;
/// <see cref="Dims"/> are the ONNX dims with 0 standing for the batch at <see cref="BatchAxis"/>.
/// </summary>
internal sealed record MovedBatch(Value Value, long[] Dims, int BatchAxis);
