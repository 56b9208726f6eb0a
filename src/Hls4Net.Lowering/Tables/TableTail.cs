namespace Hls4Net.Lowering.Tables;

/// <summary>How a table activation treats inputs that are not looked up in its table.</summary>
public enum TableTail
{
    /// <summary>Every input is looked up; inputs outside the range use the first or last entry (clamped index).</summary>
    Clamp = 0,

    /// <summary>x &gt;= 0 gives x exactly (stored into res_t); x &lt; 0 is looked up (Elu).</summary>
    IdentityNonNegative = 1,

    /// <summary>x &gt;= 0 gives x * scale (exact product stored into res_t); x &lt; 0 is looked up (Selu).</summary>
    ScaleNonNegative = 2,

    /// <summary>x at or above the table's upper bound gives x exactly; below it is looked up (Softplus).</summary>
    IdentityAboveRange = 3,
}
