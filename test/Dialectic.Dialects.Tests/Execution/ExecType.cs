using System;

namespace Dialectic.Dialects.Tests.Execution;

/// <summary>
/// A scalar type of a generated executable program: a signless integer <c>iN</c> (1 &lt;= N &lt;= 64),
/// <c>index</c> (64 bits once lowered) or <c>f32</c>/<c>f64</c>. Instances are interned, so types compare by
/// reference.
/// </summary>
internal sealed class ExecType
{
    private static readonly ExecType?[] Ints = new ExecType?[65];

    private ExecType(string text, int width, bool isFloat, bool isIndex)
    {
        Text = text;
        Width = width;
        IsFloat = isFloat;
        IsIndex = isIndex;
    }

    public static ExecType Index { get; } = new("index", 64, isFloat: false, isIndex: true);

    public static ExecType F32 { get; } = new("f32", 32, isFloat: true, isIndex: false);

    public static ExecType F64 { get; } = new("f64", 64, isFloat: true, isIndex: false);

    public static ExecType I1 => Int(1);

    public static ExecType I32 => Int(32);

    public static ExecType I64 => Int(64);

    /// <summary>The type as MLIR spells it: <c>i7</c>, <c>index</c>, <c>f32</c>.</summary>
    public string Text { get; }

    /// <summary>Bit width; 64 for index.</summary>
    public int Width { get; }

    public bool IsFloat { get; }

    public bool IsIndex { get; }

    /// <summary>An integer or index type.</summary>
    public bool IsIntLike => !IsFloat;

    /// <summary>A signless integer type (not index, not float).</summary>
    public bool IsInt => !IsFloat && !IsIndex;

    /// <summary>All-ones mask of the type's width (for index: 64 bits).</summary>
    public ulong Mask => Width == 64 ? ulong.MaxValue : (1UL << Width) - 1;

    /// <summary>The interned <c>iN</c>.</summary>
    public static ExecType Int(int width)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, 64);
        lock (Ints)
            return Ints[width] ??= new ExecType("i" + width, width, isFloat: false, isIndex: false);
    }

    public override string ToString() => Text;
}
