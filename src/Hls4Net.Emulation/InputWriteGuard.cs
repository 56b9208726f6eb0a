namespace Hls4Net.Emulation;

/// <summary>
/// A check that a kernel left its inputs' codes as it found them. With recycled buffers the interpreter lets a kernel's
/// result share its input's array (Flatten and Reshape of an unchanged type return the input's codes), which is only
/// correct while no kernel writes into its inputs. <see cref="Interpreter.CheckInputsUnchanged"/> turns the check on
/// (the default in debug builds, so every emulator test checks every kernel it runs); it copies each input's codes
/// before the kernel runs and compares them afterwards.
/// </summary>
internal sealed class InputWriteGuard
{
    private readonly IReadOnlyList<FixedTensor> _inputs;
    private readonly long[]?[] _copies;

    private InputWriteGuard(IReadOnlyList<FixedTensor> inputs)
    {
        _inputs = inputs;
        _copies = inputs.Select(t => t.IsWide ? null : (long[])t.Raw.Clone()).ToArray();
    }

    /// <summary>Copies the 64-bit codes of <paramref name="inputs"/> (wide tensors are never shared and are skipped).</summary>
    public static InputWriteGuard Snapshot(IReadOnlyList<FixedTensor> inputs) => new(inputs);

    /// <summary>Throws an <see cref="InvalidOperationException"/> naming the node, the kernel and the input when a code changed.</summary>
    public void Verify(Core.Ir.Node node, IKernel kernel)
    {
        for (var k = 0; k < _copies.Length; k++)
        {
            if (_copies[k] is { } before && !before.AsSpan().SequenceEqual(_inputs[k].Raw))
            {
                throw new InvalidOperationException(
                    $"node '{node.Name}': kernel {kernel.GetType().Name} wrote into its input {k} ('{node.Inputs[k].Name}'); kernels must leave their inputs unchanged (recycled results share arrays with their inputs)");
            }
        }
    }
}
