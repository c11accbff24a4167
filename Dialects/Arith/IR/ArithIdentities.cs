using System.Numerics;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Support.Float;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Arith;

/// <summary>
/// Neutral elements of the reductions an <see cref="AtomicRMWKind"/> names (MLIR's
/// <c>arith::getIdentityValueAttr</c>): the value <c>x</c> with <c>op(x, y) == y</c>, used to seed reductions.
/// </summary>
public static class ArithIdentities
{
    /// <summary>
    /// The identity of <paramref name="kind"/> as a constant of the scalar <paramref name="type"/>, or null for a kind
    /// without one (<c>assign</c>) or a type it does not apply to. With <paramref name="useOnlyFiniteValue"/> the float
    /// maximum/minimum identities are the largest finite values instead of infinities (for <c>ninf</c> code).
    /// </summary>
    public static Attribute? Get(AtomicRMWKind kind, Type type, bool useOnlyFiniteValue = false)
    {
        switch (type)
        {
            case FloatType f:
                var s = FloatSemantics.Of(f.Kind);
                return kind switch
                {
                    AtomicRMWKind.Addf => FloatAttr.Get(f, FloatBits.Zero(s, false)),
                    AtomicRMWKind.Mulf => FloatAttr.Get(f, 1.0),
                    AtomicRMWKind.Maximumf => FloatAttr.Get(f, Extreme(s, negative: true, useOnlyFiniteValue)),
                    AtomicRMWKind.Minimumf => FloatAttr.Get(f, Extreme(s, negative: false, useOnlyFiniteValue)),
                    AtomicRMWKind.Maxnumf when s.HasNaN => FloatAttr.Get(f, FloatBits.NaN(s, true)),
                    AtomicRMWKind.Minnumf when s.HasNaN => FloatAttr.Get(f, FloatBits.NaN(s, false)),
                    _ => null,
                };
            case IntegerType or IndexType:
                int w = IntegerAttr.BitWidthOf(type);
                return kind switch
                {
                    AtomicRMWKind.Addi or AtomicRMWKind.Ori or AtomicRMWKind.Xori or AtomicRMWKind.Maxu =>
                        IntegerAttr.Get(type, BigInteger.Zero),
                    AtomicRMWKind.Andi or AtomicRMWKind.Minu => IntegerAttr.Get(type, IntFolds.AllOnes(w)),
                    AtomicRMWKind.Muli => IntegerAttr.Get(type, BigInteger.One),
                    AtomicRMWKind.Maxs => IntegerAttr.Get(type, w == 0 ? BigInteger.Zero : IntFolds.SignedMinBits(w)),
                    AtomicRMWKind.Mins => IntegerAttr.Get(type, w == 0 ? BigInteger.Zero : IntFolds.SignedMaxBits(w)),
                    _ => null,
                };
        }
        return null;
    }

    // -inf/+inf (APFloat's getInf: the NaN of a format whose only non-finite value is NaN), or the largest finite value
    // of that sign.
    private static System.UInt128 Extreme(FloatSemantics s, bool negative, bool finite) =>
        finite || !s.HasNaN ? FloatBits.MaxFinite(s, negative)
        : s.HasInfinity ? FloatBits.Infinity(s, negative) : FloatBits.NaN(s, negative);
}
