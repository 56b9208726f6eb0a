namespace Hls4Net.Emulation.Kernels;

/// <summary>How <see cref="Im2ColConv"/> fills each block of 16 im2col rows.</summary>
internal enum Im2ColFill
{
    /// <summary>Row by row through the gather table (blocks may straddle two samples).</summary>
    PerRow,

    /// <summary>One linear loop over the per-block transposed gather table (<see cref="Im2ColLayout.BlockGather"/>).</summary>
    BlockTable,

    /// <summary>A few whole-vector loads per tap from the zero-bordered sample (<see cref="Im2ColPlane"/>).</summary>
    Plane,
}
