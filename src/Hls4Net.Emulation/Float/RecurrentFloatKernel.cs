using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Emulation.Float;

/// <summary>SimpleRNN, LSTM and GRU in double precision (the semantics of <see cref="RecurrentOp"/> and its subclasses).</summary>
public sealed class RecurrentFloatKernel<TOp> : FloatKernel<TOp>
    where TOp : RecurrentOp
{
    public override double[] Run(Node node, TOp op, IReadOnlyList<double[]> inputs, int batch)
    {
        var input = inputs[0];
        int nIn = op.InputSize, u = op.Units, gu = op.Gates * u;
        int steps = input.Length / Math.Max(1, batch) / nIn;
        var outSize = op.ReturnSequences ? steps * u : u;
        var output = new double[batch * outSize];
        var h = new double[u];
        var c = new double[u];
        var xa = new double[gu];
        var ha = new double[gu];
        var rh = new double[u];
        var w = op.Kernel.Data;
        var rw = op.RecurrentKernel.Data;
        for (var n = 0; n < batch; n++)
        {
            Array.Clear(h);
            Array.Clear(c);
            for (var k = 0; k < steps; k++)
            {
                var x = input.AsSpan((n * steps + op.InputStep(k, steps)) * nIn, nIn);
                for (var g = 0; g < gu; g++)
                {
                    double s = op.Bias.Data[g], r = op.RecurrentBias.Data[g];
                    for (var i = 0; i < nIn; i++) s += x[i] * w[i * gu + g];
                    for (var q = 0; q < u; q++) r += h[q] * rw[q * gu + g];
                    xa[g] = s;
                    ha[g] = r;
                }
                switch (op)
                {
                    case LstmOp:
                        for (var j = 0; j < u; j++)
                        {
                            var ig = F(op.RecurrentActivation, xa[j] + ha[j]);
                            var fg = F(op.RecurrentActivation, xa[u + j] + ha[u + j]);
                            var cc = F(op.Activation, xa[2 * u + j] + ha[2 * u + j]);
                            var og = F(op.RecurrentActivation, xa[3 * u + j] + ha[3 * u + j]);
                            c[j] = fg * c[j] + ig * cc;
                            h[j] = og * F(op.Activation, c[j]);
                        }
                        break;
                    case GruOp gru:
                        var z = new double[u];
                        for (var j = 0; j < u; j++)
                        {
                            z[j] = F(op.RecurrentActivation, xa[j] + ha[j]);
                            rh[j] = F(op.RecurrentActivation, xa[u + j] + ha[u + j]);
                        }
                        var hc = new double[u];
                        for (var j = 0; j < u; j++)
                        {
                            var g = 2 * u + j;
                            double pre;
                            if (gru.ResetAfter) pre = xa[g] + rh[j] * ha[g];
                            else
                            {
                                pre = xa[g] + op.RecurrentBias.Data[g];
                                for (var q = 0; q < u; q++) pre += rh[q] * h[q] * rw[q * gu + g];
                            }
                            hc[j] = F(op.Activation, pre);
                        }
                        for (var j = 0; j < u; j++) h[j] = z[j] * h[j] + (1 - z[j]) * hc[j];
                        break;
                    default:
                        for (var j = 0; j < u; j++) h[j] = F(op.Activation, xa[j] + ha[j]);
                        break;
                }
                if (op.ReturnSequences) h.CopyTo(output, n * outSize + op.OutputStep(k, steps) * u);
            }
            if (!op.ReturnSequences) h.CopyTo(output, n * outSize);
        }
        return output;
    }

    private static double F(ActivationKind kind, double x) => kind switch
    {
        ActivationKind.Linear => x,
        ActivationKind.Relu => Math.Max(x, 0),
        ActivationKind.Sigmoid => 1 / (1 + Math.Exp(-x)),
        ActivationKind.Tanh => Math.Tanh(x),
        _ => throw new GraphException($"activation {kind} is not supported in a recurrent layer"),
    };
}
