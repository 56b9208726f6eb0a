namespace Hls4Net.Core.Config;

/// <summary>The variables a <c>Precision</c> map can name (hls4ml's keys: default, result, weight, ...).</summary>
public enum PrecisionVariable
{
    /// <summary><c>default</c>: every variable of the section not named explicitly (except tables).</summary>
    Default,
    Result,
    Weight,
    Bias,
    Accum,
    Table,
    ExpTable,
    InvTable,
}
