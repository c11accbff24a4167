using System;
using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Types;

/// <summary>Signedness semantics of an <see cref="IntegerType"/>.</summary>
public enum Signedness : byte
{
    /// <summary><c>iN</c>: no signedness; operations decide.</summary>
    Signless,
    /// <summary><c>siN</c>.</summary>
    Signed,
    /// <summary><c>uiN</c>.</summary>
    Unsigned,
}

/// <summary>Builtin integer type <c>iN</c>, <c>siN</c> or <c>uiN</c>, 0 &lt;= N &lt;= <see cref="MaxWidth"/>.</summary>
public sealed class IntegerType : Type
{
    /// <summary>The largest bit width MLIR accepts (2^24 - 1).</summary>
    public const int MaxWidth = 16777215;

    internal IntegerType(Context context, int width, Signedness signedness) : base(context)
    {
        Width = width;
        Signedness = signedness;
    }

    public int Width { get; }
    public Signedness Signedness { get; }
    public bool IsSignless => Signedness == Signedness.Signless;
    public bool IsSigned => Signedness == Signedness.Signed;
    public bool IsUnsigned => Signedness == Signedness.Unsigned;

    /// <summary>Returns the uniqued integer type; throws for widths outside [0, MaxWidth].</summary>
    public static IntegerType Get(Context context, int width, Signedness signedness = Signedness.Signless)
    {
        if ((uint)width > MaxWidth)
            throw new ArgumentOutOfRangeException(nameof(width), "integer bitwidth is limited to 16777215 bits");
        return context.GetIntegerType(width, signedness);
    }

    internal static IntegerType Create(Context context, int width, Signedness signedness) =>
        context.Uniquer.Get(new IntegerType(context, width, signedness));

    protected override int KeyHash() => HashCode.Combine(Width, Signedness);

    protected override bool KeyEquals(Uniqued other) =>
        other is IntegerType t && t.Width == Width && t.Signedness == Signedness;
}
