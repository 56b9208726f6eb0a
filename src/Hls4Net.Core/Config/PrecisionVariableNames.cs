namespace Hls4Net.Core.Config;

/// <summary>hls4ml spellings of <see cref="PrecisionVariable"/> (the keys of a <c>Precision</c> map).</summary>
public static class PrecisionVariableNames
{
    /// <summary>Canonical key names, in the order the effective-config writer uses.</summary>
    public static IReadOnlyList<string> Canonical { get; } =
        ["default", "result", "weight", "bias", "accum", "table", "exp_table", "inv_table"];

    /// <summary>
    /// Keys accepted when reading. Besides the canonical ones, hls4ml's per-layer configs name some weights
    /// after the op: <c>scale</c> (batch norm scale = weight), <c>shift</c> (batch norm shift = bias) and
    /// <c>param</c> (activation parameter / PReLU slope = weight).
    /// </summary>
    public static IReadOnlyList<string> Accepted { get; } = [.. Canonical, "scale", "shift", "param"];

    /// <summary>The canonical hls4ml key of <paramref name="variable"/>.</summary>
    public static string Name(PrecisionVariable variable) => Canonical[(int)variable];

    /// <summary>Map a key (case-insensitive, aliases included) to its variable.</summary>
    public static bool TryParse(string key, out PrecisionVariable variable)
    {
        var k = key.Trim().ToLowerInvariant();
        switch (k)
        {
            case "scale" or "param":
                variable = PrecisionVariable.Weight;
                return true;
            case "shift":
                variable = PrecisionVariable.Bias;
                return true;
        }
        for (var i = 0; i < Canonical.Count; i++)
        {
            if (Canonical[i] == k)
            {
                variable = (PrecisionVariable)i;
                return true;
            }
        }
        variable = default;
        return false;
    }

    /// <summary>True for the table variables, which never fall back to a section's <c>default</c>.</summary>
    public static bool IsTable(PrecisionVariable variable) =>
        variable is PrecisionVariable.Table or PrecisionVariable.ExpTable or PrecisionVariable.InvTable;
}
