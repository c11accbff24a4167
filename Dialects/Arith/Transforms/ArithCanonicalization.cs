using System.Numerics;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Arith.Transforms;

/// <summary>
/// The arith canonicalization patterns written in PDLL (<c>ArithCanonicalization.pdll</c>, compiled by the TableGen
/// generator into nested <c>{Name}Pattern</c> classes, <c>AddPatterns</c> and one <c>Add{Op}Patterns</c> per root op),
/// and the native constraints and rewrites that file declares. Native rewrites run after a successful match, so they
/// return a value for every input the match lets through.
/// </summary>
[PdllPatterns("ArithCanonicalization.pdll")]
public static partial class ArithCanonicalization
{
    // ---- constraints ------------------------------------------------------------------------------------------

    /// <summary>A scalar integer attribute (DRR's <c>APIntAttr</c>).</summary>
    public static bool IsIntegerAttr(Attribute value) => value is IntegerAttr;

    /// <summary>An integer, or an integer splat, with every bit set.</summary>
    public static bool IsScalarOrSplatNegativeOne(Attribute value) => ConstFold.IsAllOnes(value);

    /// <summary>An integer, or an integer splat, equal to one.</summary>
    public static bool IsScalarOrSplatOne(Attribute value) => ConstFold.TryGetIntOrSplat(value, out var bits, out _) && bits.IsOne;

    /// <summary>The attribute is typed with <paramref name="value"/>'s type.</summary>
    public static bool HasTypeOf(Attribute attr, Value value) => attr is ITypedAttribute typed && ReferenceEquals(typed.Type, value.Type);

    public static bool HasNoUses(Value value) => value.UseEmpty;

    /// <summary>The cmpi predicate (an i64 <c>IntegerAttr</c>) is <c>eq</c> or <c>ne</c>.</summary>
    public static bool IsEqualityPredicate(Attribute predicate) =>
        predicate is IntegerAttr i && (CmpIPredicate)(long)i.SignedValue is CmpIPredicate.Eq or CmpIPredicate.Ne;

    /// <summary>The scalar or element width of <paramref name="a"/> exceeds <paramref name="b"/>'s, which is positive
    /// (index has no width).</summary>
    public static bool ValueWiderThan(Value a, Value b)
    {
        int wb = ScalarOrElementWidth(b.Type);
        return ScalarOrElementWidth(a.Type) > wb && wb > 0;
    }

    /// <summary>The constant shift amount (scalar or splat) equals the number of bits the truncation drops.</summary>
    public static bool TruncationMatchesShiftAmount(Value x, Value truncated, Attribute shift) =>
        ConstFold.TryGetIntOrSplat(shift, out var bits, out _)
        && bits == ScalarOrElementWidth(x.Type) - ScalarOrElementWidth(truncated.Type);

    /// <summary>The truncf rounds by the default mode (it has no <c>roundingmode</c>).</summary>
    public static bool HasDefaultRoundingMode(TruncFOp op) => op.Roundingmode == null;

    /// <summary>A zero constant of the value's type can be built (not for dynamically shaped tensors).</summary>
    public static bool HasZeroAttr(Value value) => ArithTypes.ZeroAttr(value.Type) != null;

    // ---- rewrites ---------------------------------------------------------------------------------------------

    /// <summary><paramref name="lhs"/> + <paramref name="rhs"/> (integer attributes), wrapped to <paramref name="result"/>'s type.</summary>
    public static Attribute AddIntAttrs(Value result, Attribute lhs, Attribute rhs) => Apply(result, lhs, rhs, static (a, b) => a + b);

    public static Attribute SubIntAttrs(Value result, Attribute lhs, Attribute rhs) => Apply(result, lhs, rhs, static (a, b) => a - b);

    public static Attribute MulIntAttrs(Value result, Attribute lhs, Attribute rhs) => Apply(result, lhs, rhs, static (a, b) => a * b);

    /// <summary>The overflow flags both ops promise: the most conservative combination.</summary>
    public static Attribute MergeOverflow(Attribute lhs, Attribute rhs) =>
        lhs is IntegerOverflowFlagsAttr a && rhs is IntegerOverflowFlagsAttr b ? IntegerOverflowFlagsAttr.Get(a.Context, a.Value & b.Value) : lhs;

    /// <summary>The predicate that holds exactly when <paramref name="predicate"/> does not (eq/ne, slt/sge, ...).</summary>
    public static Attribute InvertPredicate(Attribute predicate) =>
        predicate is IntegerAttr i ? IntegerAttr.Get(i.Type, (long)CmpIPredicates.Invert((CmpIPredicate)(long)i.SignedValue)) : predicate;

    /// <summary>Zero of <paramref name="value"/>'s type (matched with <see cref="HasZeroAttr"/> first).</summary>
    public static Attribute ZeroAttr(Value value) => ArithTypes.ZeroAttr(value.Type)!;

    /// <summary>i1 in <paramref name="value"/>'s shape (scalar, vector or tensor).</summary>
    public static Type I1SameShape(Value value) => ArithTypes.I1SameShape(value.Type);

    private static Attribute Apply(Value result, Attribute lhs, Attribute rhs, System.Func<BigInteger, BigInteger, BigInteger> fn) =>
        IntegerAttr.Get(result.Type, fn(((IntegerAttr)lhs).Bits, ((IntegerAttr)rhs).Bits));

    /// <summary>The bit width of an integer or float type or element type; -1 for anything else (index included).</summary>
    private static int ScalarOrElementWidth(Type type) => ArithTypes.ElementOrSelf(type) switch
    {
        IntegerType i => i.Width,
        FloatType f => f.Width,
        _ => -1,
    };
}
