using Hls4Net.Backends.Cpp.Code;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;


namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>
/// Emits Dense as nnet::dense (nnet_dense.h), Latency or Resource by the node's hardware strategy; weights and bias
/// are the raw codes the emulator uses (<see cref="DensePlan"/>). A rank &gt; 1 input is processed row by row. A pruned
/// Resource layer whose compressed storage is smaller (<see cref="DenseCompression"/>) calls nnet::dense_compressed with
/// its nonzero weights and their row and column indexes (nnet::dense_compressed_stream in io_stream, row by row).
/// </summary>
public sealed class DenseEmitter : LayerEmitter<DenseOp>
{
    private readonly PlanCache _plans = new();

    public override LayerCode Emit(LayerEmitContext context, DenseOp op)
    {
        var node = context.Node;
        var wide = LayerTypes.AnyWide(node.Precision.Weight, node.Precision.Bias);
        var p = wide ? null : _plans.Get(node, DensePlan.Create);
        var (tw, tb, ta) = p is null
            ? (node.Precision.Weight!, RequiredTypes.Precision(node, node.Precision.Bias, "bias"), RequiredTypes.Precision(node, node.Precision.Accum, "accum"))
            : (p.Weight, p.Bias, p.Accum);
        if (node.Inputs[0].Type is { } inputType) CppWidth.CheckDense(node, inputType, tw, ta);
        var wideWeights = p is null ? LayerTypes.QuantizeWide(op.Weights.Data, tw) : null;
        var reuse = node.Hardware.ReuseFactor;
        if (reuse < 1) throw new GraphException($"node '{node.Name}': reuse factor must be at least 1, got {reuse}");
        var configName = context.ConfigName;
        var weightType = context.Named("weight_t");
        var biasType = context.Named("bias_t");
        var accumType = context.Named("accum_t");
        var weightsVar = context.Named("w");
        var biasVar = context.Named("b");
        var rows = node.Output.Shape.Size / op.OutputSize;
        var compressed = p is null ? null : DenseCompression.For(node, p);
        var indexType = context.Named("index_t");
        var rowsVar = context.Named("wi");
        var colsVar = context.Named("wj");
        var config = context.Renderer.Render("layers/dense_config.hbs", new
        {
            configName,
            description = Comment.Text($"{node.Name}: Dense {op.InputSize}->{op.OutputSize}, {node.Hardware.Strategy} strategy"),
            nIn = op.InputSize,
            nOut = op.OutputSize,
            stream = context.IsStream,
            rows,
            strategy = node.Hardware.Strategy == Strategy.Resource ? "nnet::resource" : "nnet::latency",
            reuseFactor = reuse,
            nZeros = p?.ZeroWeights ?? wideWeights!.Count(w => w.IsZero),
            storeProducts = ProductStore.CppFlag(node),
            compressed = compressed is not null,
            nNonZeros = compressed?.NonZeros ?? 0,
            indexType,
            weightType,
            biasType,
            accumType,
        });
        var call = context.IsStream
            ? compressed is not null
                ? ElementwiseCall.Render(context, "dense_compressed_stream", configName, weightsVar, rowsVar, colsVar, biasVar)
                : ElementwiseCall.Render(context, "dense_stream", configName, weightsVar, biasVar)
            : context.Renderer.Render("layers/dense_call.hbs", new
        {
            multiRow = rows > 1,
            rows,
            nIn = op.InputSize,
            nOut = op.OutputSize,
            inputType = context.InputTypeNames[0],
            outputType = context.OutputTypeName,
            configName,
            inputVar = context.InputVars[0],
            outputVar = context.OutputVar,
            weightsVar,
            biasVar,
            compressed = compressed is not null,
            rowsVar,
            colsVar,
        });
        TypeDefinition[] indexTypes = compressed is null ? [] : [new TypeDefinition(indexType, compressed.Index)];
        return new LayerCode
        {
            TypeDefinitions =
            [
                new TypeDefinition(weightType, tw),
                new TypeDefinition(biasType, tb),
                new TypeDefinition(accumType, ta),
                .. indexTypes,
            ],
            Config = config,
            Call = call,
            Weights = compressed is not null
                ?
                [
                    new WeightArray(weightsVar, weightType, p!.Weight, compressed.Weights),
                    new WeightArray(rowsVar, indexType, compressed.Index, compressed.Rows),
                    new WeightArray(colsVar, indexType, compressed.Index, compressed.Cols),
                    new WeightArray(biasVar, biasType, p.Bias, p.BiasRaw),
                ]
                : p is null
                ? [new WeightArray(weightsVar, weightType, tw, wideWeights!), new WeightArray(biasVar, biasType, tb, LayerTypes.QuantizeWide(op.Bias.Data, tb))]
                : [new WeightArray(weightsVar, weightType, p.Weight, p.WeightCount, p.WeightCode), new WeightArray(biasVar, biasType, p.Bias, p.BiasRaw)],
            Includes = [context.IsStream ? "nnet_dense_stream.h" : "nnet_dense.h"],
            SupportsStream = true,
        };
    }
}
