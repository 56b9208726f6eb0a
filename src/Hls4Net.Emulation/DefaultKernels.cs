using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Kernels;

namespace Hls4Net.Emulation;

/// <summary>Builds the standard <see cref="KernelSet"/> of the emulator.</summary>
public static class DefaultKernels
{
    /// <summary>A new kernel set with every built-in kernel.</summary>
    public static KernelSet Create() => new KernelSet()
        .Add(new DenseKernel())
        .Add(new BatchNormKernel())
        .Add(new ReluFamilyKernel(), ReluFamilyKernel.Supports)
        .Add(new TableActivationKernel(), TableActivationKernel.Supports)
        .Add(new SoftmaxKernel())
        .Add(new PReluKernel())
        .Add(new ReshapeKernel(typeof(FlattenOp)))
        .Add(new ReshapeKernel(typeof(ReshapeOp)))
        .Add(new ReshapeKernel(typeof(IdentityOp)))
        .Add(new Conv1DKernel())
        .Add(new Conv2DKernel())
        .Add(new DepthwiseConv1DKernel())
        .Add(new DepthwiseConv2DKernel())
        .Add(new Pool1DKernel())
        .Add(new Pool2DKernel())
        .Add(new GlobalPoolKernel())
        .Add(new ZeroPadKernel())
        .Add(new CropKernel())
        .Add(new TransposeKernel())
        .Add(new UpsampleKernel())
        .Add(new ConcatKernel())
        .Add(new ElementwiseKernel());
}
