using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation;
using Hls4Net.Emulation.Kernels;

namespace Hls4Net.Backends.Vitis.Tests.Conv;

/// <summary>
/// Random small convolution / pooling / layout / merge layers with random types (seeded): inputs, weights, biases,
/// accumulators and results drawn by <see cref="PrecisionSampler"/> from every quantization and overflow mode, with
/// N &gt; 0, unsigned types and I ≤ 0 / I ≥ W; accumulators are wide, narrow rounding-saturating or fully random, so
/// accumulator ≠ result in almost every weighted case.
/// </summary>
internal sealed class LayerCaseGenerator
{
    private readonly Random _rng;
    private readonly PrecisionSampler _types;
    private int _next;

    public LayerCaseGenerator(int seed)
    {
        _rng = new Random(seed);
        _types = new PrecisionSampler(_rng);
    }

    public List<LayerCase> Cases { get; } = new();

    /// <summary>
    /// Adds <paramref name="count"/> random convolutions; with <paramref name="storeProducts"/> they follow hls4ml
    /// semantics (each product stored into accum_t, issue 11) and form the family "conv-stored".
    /// </summary>
    public void AddConvolutions(int count, bool storeProducts = false)
    {
        for (var made = 0; made < count;)
        {
            var twoD = _rng.Next(2) == 0;
            var depthwise = _rng.Next(3) == 0;
            int h = twoD ? _rng.Next(1, 6) : 1, w = _rng.Next(1, 8), c = _rng.Next(1, 4);
            int kh = twoD ? _rng.Next(1, 4) : 1, kw = _rng.Next(1, 4);
            int sh = _rng.Next(1, 3), sw = _rng.Next(1, 4), dh = _rng.Next(1, 3), dw = _rng.Next(1, 3);
            var pad = new Padding2D(twoD ? _rng.Next(kh) : 0, twoD ? _rng.Next(kh) : 0, _rng.Next(kw), _rng.Next(kw));
            var cout = depthwise ? _rng.Next(1, 3) : _rng.Next(1, 4);
            Op op;
            Shape input;
            try
            {
                var wShape = depthwise ? (twoD ? new Shape(kh, kw, c, cout) : new Shape(kw, c, cout)) : (twoD ? new Shape(kh, kw, c, cout) : new Shape(kw, c, cout));
                var nOut = depthwise ? c * cout : cout;
                var weights = new ConstTensor(wShape, Floats(wShape.Size, 2));
                var bias = new ConstTensor(new Shape(nOut), Floats(nOut, 2));
                input = twoD ? new Shape(h, w, c) : new Shape(w, c);
                op = (twoD, depthwise) switch
                {
                    (true, false) => new Conv2DOp(weights, bias, (sh, sw), pad, (dh, dw)),
                    (true, true) => new DepthwiseConv2DOp(weights, bias, (sh, sw), pad, (dh, dw)),
                    (false, false) => new Conv1DOp(weights, bias, sw, pad.Left, pad.Right, dw),
                    _ => new DepthwiseConv1DOp(weights, bias, sw, pad.Left, pad.Right, dw),
                };
                op.InferShape([input]);
            }
            catch (GraphException)
            {
                continue;
            }
            IKernel kernel = op switch
            {
                Conv1DOp => new Conv1DKernel(),
                Conv2DOp => new Conv2DKernel(),
                DepthwiseConv1DOp => new DepthwiseConv1DKernel(),
                _ => new DepthwiseConv2DKernel(),
            };
            var precision = new LayerPrecision(Weight: SmallType(), Bias: SmallType(), Accum: AccumType());
            var hardware = new LayerHardware(Semantics: storeProducts ? ArithmeticSemantics.Hls4ml : ArithmeticSemantics.Exact);
            Add(storeProducts ? "conv-stored" : "conv", op, kernel, [input], precision, hardware: hardware);
            made++;
        }
    }

    /// <summary>
    /// Adds <paramref name="count"/> convolutions (family "conv-aligned") whose output pixel count is a multiple of 16
    /// with one input channel at column stride 1, like KERAS_conv2d_model's 8x8 Conv2D: the emulator reads their
    /// im2col blocks from the zero-bordered plane (a few vector loads per tap). Both semantics, every kind of conv.
    /// </summary>
    public void AddAlignedConvolutions(int count)
    {
        for (var made = 0; made < count;)
        {
            var twoD = _rng.Next(3) != 0;
            var depthwise = _rng.Next(4) == 0;
            int kh = twoD ? _rng.Next(1, 4) : 1, kw = _rng.Next(1, 4), dh = _rng.Next(1, 3), dw = _rng.Next(1, 3);
            int sh = twoD ? _rng.Next(1, 3) : 1;
            int outW = twoD ? new[] { 4, 8, 16 }[_rng.Next(3)] : 16 * _rng.Next(1, 3), outH = twoD ? 16 / outW * _rng.Next(1, 3) : 1;
            var pad = new Padding2D(twoD ? _rng.Next(kh) : 0, twoD ? _rng.Next(kh) : 0, _rng.Next(kw), _rng.Next(kw));
            // Output = (in + pads - dilated kernel) / stride + 1, so take the input that gives exactly outH x outW.
            int w = (outW - 1) + (kw - 1) * dw + 1 - pad.Left - pad.Right;
            int h = twoD ? (outH - 1) * sh + (kh - 1) * dh + 1 - pad.Top - pad.Bottom : 1;
            if (w < 1 || h < 1) continue; // padding wider than the input would need
            var cout = depthwise ? _rng.Next(1, 3) : _rng.Next(1, 4);
            var wShape = twoD ? new Shape(kh, kw, 1, cout) : new Shape(kw, 1, cout);
            var weights = new ConstTensor(wShape, Floats(wShape.Size, 2));
            var bias = new ConstTensor(new Shape(cout), Floats(cout, 2));
            var input = twoD ? new Shape(h, w, 1) : new Shape(w, 1);
            Op op = (twoD, depthwise) switch
            {
                (true, false) => new Conv2DOp(weights, bias, (sh, 1), pad, (dh, dw)),
                (true, true) => new DepthwiseConv2DOp(weights, bias, (sh, 1), pad, (dh, dw)),
                (false, false) => new Conv1DOp(weights, bias, 1, pad.Left, pad.Right, dw),
                _ => new DepthwiseConv1DOp(weights, bias, 1, pad.Left, pad.Right, dw),
            };
            IKernel kernel = op switch
            {
                Conv1DOp => new Conv1DKernel(),
                Conv2DOp => new Conv2DKernel(),
                DepthwiseConv1DOp => new DepthwiseConv1DKernel(),
                _ => new DepthwiseConv2DKernel(),
            };
            var precision = new LayerPrecision(Weight: SmallType(), Bias: SmallType(), Accum: AccumType());
            var hardware = new LayerHardware(Semantics: _rng.Next(2) == 0 ? ArithmeticSemantics.Hls4ml : ArithmeticSemantics.Exact);
            Add("conv-aligned", op, kernel, [input], precision, hardware: hardware);
            made++;
        }
    }

    public void AddPooling(int count)
    {
        for (var made = 0; made < count;)
        {
            var kind = _rng.Next(2) == 0 ? PoolKind.Max : PoolKind.Average;
            var shape = _rng.Next(3);
            int h = _rng.Next(1, 6), w = _rng.Next(1, 7), c = _rng.Next(1, 3);
            int kh = _rng.Next(1, 4), kw = _rng.Next(1, 4);
            var pad = new Padding2D(_rng.Next(kh), _rng.Next(kh), _rng.Next(kw), _rng.Next(kw));
            var includePad = _rng.Next(4) == 0;
            Op op;
            Shape input;
            try
            {
                (op, input) = shape switch
                {
                    0 => ((Op)new Pool1DOp(kind, kw, _rng.Next(1, 4), pad.Left, pad.Right, includePad), new Shape(w, c)),
                    1 => (new Pool2DOp(kind, (kh, kw), (_rng.Next(1, 3), _rng.Next(1, 3)), pad, includePad), new Shape(h, w, c)),
                    _ => (new GlobalPoolOp(kind), _rng.Next(2) == 0 ? new Shape(w, c) : new Shape(h, w, c)),
                };
                op.InferShape([input]);
            }
            catch (GraphException)
            {
                continue;
            }
            IKernel kernel = op switch { Pool1DOp => new Pool1DKernel(), Pool2DOp => new Pool2DKernel(), _ => new GlobalPoolKernel() };
            var precision = kind == PoolKind.Average && _rng.Next(2) == 0 ? new LayerPrecision(Accum: AccumType()) : LayerPrecision.Unassigned;
            Add("pool", op, kernel, [input], precision);
            made++;
        }
    }

    public void AddLayoutAndMerges(int count)
    {
        for (var made = 0; made < count; made++)
        {
            int h = _rng.Next(1, 4), w = _rng.Next(1, 5), c = _rng.Next(1, 4);
            var twoD = _rng.Next(2) == 0;
            var shape = twoD ? new Shape(h, w, c) : new Shape(w, c);
            var spatial = twoD ? 2 : 1;
            int[] Pads(int max) => Enumerable.Range(0, spatial).Select(_ => _rng.Next(max)).ToArray();
            switch (_rng.Next(6))
            {
                case 0:
                    Add("layout", new ZeroPadOp(Pads(3), Pads(3)), new ZeroPadKernel(), [shape], LayerPrecision.Unassigned);
                    break;
                case 1:
                    var before = Enumerable.Range(0, spatial).Select(a => _rng.Next(shape[a])).ToArray();
                    var after = Enumerable.Range(0, spatial).Select(a => _rng.Next(shape[a] - before[a])).ToArray();
                    Add("layout", new CropOp(before, after), new CropKernel(), [shape], LayerPrecision.Unassigned);
                    break;
                case 2:
                    var perm = Enumerable.Range(0, shape.Rank).OrderBy(_ => _rng.Next()).ToArray();
                    Add("layout", new TransposeOp(perm), new TransposeKernel(), [shape], LayerPrecision.Unassigned);
                    break;
                case 3:
                    Add("layout", new UpsampleOp(Enumerable.Range(0, spatial).Select(_ => _rng.Next(1, 4)).ToArray()), new UpsampleKernel(), [shape], LayerPrecision.Unassigned);
                    break;
                case 4:
                    var axis = _rng.Next(shape.Rank);
                    var n = _rng.Next(2, 4);
                    var shapes = Enumerable.Range(0, n).Select(_ => new Shape(shape.Dims.SetItem(axis, _rng.Next(1, 4)))).ToArray();
                    Add("merge", new ConcatOp(axis), new ConcatKernel(), shapes, LayerPrecision.Unassigned);
                    break;
                default:
                    var kind = (ElementwiseKind)_rng.Next(6);
                    var count2 = kind == ElementwiseKind.Sub ? 2 : _rng.Next(2, 4);
                    Add("merge", new ElementwiseOp(kind), new ElementwiseKernel(), Enumerable.Repeat(shape, count2).ToArray(), LayerPrecision.Unassigned);
                    break;
            }
        }
    }

    /// <summary>
    /// Every variant once, so none depends on the random draw: each element-wise kind with 2 and 3 inputs (Sub: 2)
    /// on a 2-D and a 1-D shape; max and average pooling, 1-D and 2-D, with asymmetric padding, with and without
    /// count_include_pad, average with the derived and with an assigned accumulator; global pooling; concatenation
    /// on every axis with 2 and 3 inputs; asymmetric zero padding, cropping, upsampling and every transpose of a
    /// rank-3 tensor. Types are still drawn from the whole precision space.
    /// </summary>
    public void AddEveryVariant()
    {
        Shape[] mergeShapes = [new Shape(3, 4, 2), new Shape(5, 3)];
        foreach (var kind in Enum.GetValues<ElementwiseKind>())
        {
            foreach (var n in kind == ElementwiseKind.Sub ? [2] : new[] { 2, 3 })
            {
                foreach (var shape in mergeShapes) Add("merge", new ElementwiseOp(kind), new ElementwiseKernel(), Enumerable.Repeat(shape, n).ToArray(), LayerPrecision.Unassigned);
            }
        }
        foreach (var kind in new[] { PoolKind.Max, PoolKind.Average })
        {
            foreach (var includePad in new[] { false, true })
            {
                foreach (var accum in kind == PoolKind.Average ? new[] { false, true } : [false])
                {
                    var precision = accum ? new LayerPrecision(Accum: AccumType()) : LayerPrecision.Unassigned;
                    Add("pool", new Pool2DOp(kind, (3, 3), (2, 1), new Padding2D(1, 2, 2, 0), includePad), new Pool2DKernel(), [new Shape(5, 6, 2)], precision);
                    Add("pool", new Pool1DOp(kind, 3, 2, padLeft: 1, padRight: 2, countIncludePad: includePad), new Pool1DKernel(), [new Shape(7, 2)], precision);
                }
            }
            Add("pool", new GlobalPoolOp(kind), new GlobalPoolKernel(), [new Shape(3, 4, 2)], LayerPrecision.Unassigned);
            Add("pool", new GlobalPoolOp(kind), new GlobalPoolKernel(), [new Shape(5, 3)], LayerPrecision.Unassigned);
        }
        for (var axis = 0; axis < 3; axis++)
        {
            foreach (var n in new[] { 2, 3 })
            {
                var shapes = Enumerable.Range(0, n).Select(k => new Shape(new Shape(3, 4, 2).Dims.SetItem(axis, k + 1))).ToArray();
                Add("merge", new ConcatOp(axis), new ConcatKernel(), shapes, LayerPrecision.Unassigned);
            }
        }
        Add("layout", new ZeroPadOp([2, 0], [1, 3]), new ZeroPadKernel(), [new Shape(3, 4, 2)], LayerPrecision.Unassigned);
        Add("layout", new ZeroPadOp([0, 2], [1, 0]), new ZeroPadKernel(), [new Shape(3, 4, 2)], LayerPrecision.Unassigned);
        Add("layout", new ZeroPadOp([2], [1]), new ZeroPadKernel(), [new Shape(4, 3)], LayerPrecision.Unassigned);
        Add("layout", new CropOp([1, 0], [0, 2]), new CropKernel(), [new Shape(4, 5, 2)], LayerPrecision.Unassigned);
        Add("layout", new CropOp([0, 2], [1, 1]), new CropKernel(), [new Shape(4, 5, 2)], LayerPrecision.Unassigned);
        Add("layout", new UpsampleOp(2, 3), new UpsampleKernel(), [new Shape(3, 4, 2)], LayerPrecision.Unassigned);
        Add("layout", new UpsampleOp(3), new UpsampleKernel(), [new Shape(4, 3)], LayerPrecision.Unassigned);
        int[][] perms = [[0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
        foreach (var perm in perms) Add("layout", new TransposeOp(perm), new TransposeKernel(), [new Shape(2, 3, 4)], LayerPrecision.Unassigned);
    }

    private void Add(string family, Op op, IKernel kernel, Shape[] inputShapes, LayerPrecision precision, int batch = 150, LayerHardware? hardware = null)
    {
        var id = _next++;
        var values = inputShapes.Select((s, i) => new Value($"x{i}", s) { Type = DataType() }).ToArray();
        var outShape = op.InferShape(inputShapes);
        var node = new Node($"layer{id}", op, values, new Value("r", outShape) { Type = ResultType() })
        {
            Precision = precision,
            Hardware = hardware ?? LayerHardware.Default,
        };
        var tensors = values.Select(v => new FixedTensor(v.Type!, v.Shape, batch, RandomRaw(v.Type!, batch * v.Shape.Size))).ToArray();
        Cases.Add(new LayerCase(id, family, node, kernel, tensors));
    }

    private long[] RandomRaw(FixedType t, int n) => Enumerable.Range(0, n).Select(_ => _types.Raw(t)).ToArray();

    private float[] Floats(int n, double scale) => Enumerable.Range(0, n).Select(_ => (float)((_rng.NextDouble() * 2 - 1) * scale)).ToArray();

    private FixedType DataType() => _types.Any(3, 12);

    private FixedType SmallType() => _types.Any(3, 10, unsignedOneIn: 6);

    private FixedType AccumType() => _rng.Next(5) switch
    {
        0 => new FixedType(32, 16, true),
        1 => new FixedType(_rng.Next(6, 11), _rng.Next(2, 5), true, QuantMode.Rnd, OverflowMode.Sat),
        _ => _types.Any(6, 16, unsignedOneIn: 5),
    };

    private FixedType ResultType() => _types.Any(4, 16);
}
