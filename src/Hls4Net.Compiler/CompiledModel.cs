using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;

namespace Hls4Net;

/// <summary>A model imported and run through the pass pipeline, with its effective configuration.</summary>
public sealed record CompiledModel(Graph Graph, ProjectConfig Config, string ModelPath);
