namespace Dialectic.Dialects.Tests.Execution;

/// <summary>
/// An SSA value of a generated program with the facts the generator relies on to stay free of undefined
/// behaviour. Invariants: for integer-like values the unsigned value is at most <see cref="UMax"/> on every
/// execution; for floats the value is finite, never NaN, and its magnitude is at most <see cref="Bound"/>.
/// </summary>
internal sealed class ExecValue(string name, ExecType type, ulong uMax, double bound)
{
    /// <summary>The SSA name with its sigil, e.g. <c>%v12</c>.</summary>
    public string Name { get; } = name;

    public ExecType Type { get; } = type;

    /// <summary>Upper bound of the value read as unsigned (integers and index); the type's mask when
    /// unknown.</summary>
    public ulong UMax { get; set; } = uMax;

    /// <summary>Upper bound of the magnitude (floats); 0 for integers.</summary>
    public double Bound { get; set; } = bound;

    /// <summary>Whether the value depends on something the canonicalizer cannot see through (a parameter, a
    /// block argument, a load, a call or region result): operations on it survive constant folding and exercise
    /// the non-constant patterns.</summary>
    public bool Dynamic { get; set; }

    /// <summary>Whether the value is non-negative when read as signed (its bound leaves the sign bit
    /// clear).</summary>
    public bool NonNegative => Type.IsIntLike && (Type.Width == 1 ? UMax == 0 : UMax >> (Type.Width - 1) == 0);

    public override string ToString() => Name + " : " + Type.Text;
}
