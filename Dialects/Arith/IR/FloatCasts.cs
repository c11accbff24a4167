using System;
using System.Numerics;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Support.Float;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Arith;

/// <summary>Compatibility rules and constant folding of the casts that involve floats (<c>extf</c>, <c>truncf</c>,
/// the int/float conversions, <c>bitcast</c>).</summary>
internal static class FloatCasts
{
    /// <summary>Converts float constants to the element type of <paramref name="resultType"/> when every element is
    /// exactly representable there; null otherwise.</summary>
    public static Attribute? Convert(Attribute? operand, Type resultType)
    {
        if (ConstFold.SemanticsOf(operand) is not { } from || ArithTypes.ElementOrSelf(resultType) is not FloatType dst)
            return null;
        var to = FloatSemantics.Of(dst.Kind);
        return ConstFold.Unary(operand, ElementKind.Float, resultType, ElementKind.Float,
            a => SoftFloat.TryConvertExact(from, (UInt128)a, to, out var r) ? (BigInteger)r : null);
    }

    /// <summary>LLVM's <c>isRepresentableBy</c>: every value of <paramref name="a"/> is a value of
    /// <paramref name="b"/> (its exponent range and precision are contained).</summary>
    public static bool IsRepresentableBy(FloatType a, FloatType b)
    {
        var sa = FloatSemantics.Of(a.Kind);
        var sb = FloatSemantics.Of(b.Kind);
        return sa.MaxExponent <= sb.MaxExponent && sa.MinExponent >= sb.MinExponent && sa.Precision <= sb.Precision;
    }

    /// <summary>MLIR's <c>checkIntFloatCast</c>: an integer-like input and a float-like output
    /// (<paramref name="intToFloat"/>) or the reverse, with valid cast shapes.</summary>
    public static bool IntFloatCompatible(Type input, Type output, bool intToFloat)
    {
        if (!ArithTypes.ValidCastPair(input, output))
            return false;
        Func<Type, bool> isInt = static t => t is IntegerType, isFloat = static t => t is FloatType;
        return ArithTypes.UnderlyingType(input, false, intToFloat ? isInt : isFloat) != null
            && ArithTypes.UnderlyingType(output, false, intToFloat ? isFloat : isInt) != null;
    }

    /// <summary>The operand/result constraint of <c>bitcast</c>: signless-integer-or-float-like, or a memref of
    /// signless integers or floats.</summary>
    public static bool IsBitcastOperandType(Type type)
    {
        if (IsSignlessIntOrFloat(type))
            return true;
        if (ArithTypes.IsVectorOrTensor(type) || type is MemRefType)
            return IsSignlessIntOrFloat(((ShapedType)type).ElementType);
        return false;
    }

    private static bool IsSignlessIntOrFloat(Type type) => type is IntegerType { IsSignless: true } or FloatType;

    /// <summary><c>bitcast</c>'s cast rule: integer or float elements (memrefs allowed) of equal bit width.</summary>
    public static bool BitcastCompatible(Type input, Type output)
    {
        if (!ArithTypes.ValidCastPair(input, output))
            return false;
        var src = ArithTypes.UnderlyingType(input, true, static t => t is IntegerType or FloatType);
        var dst = ArithTypes.UnderlyingType(output, true, static t => t is IntegerType or FloatType);
        return src != null && dst != null && ArithTypes.IntOrFloatWidth(src) == ArithTypes.IntOrFloatWidth(dst);
    }

    private static BigInteger FloatBitsOf(FloatAttr f) =>
        (BigInteger)(f.Bits & FloatSemantics.Of(f.FloatType.Kind).BitMask);

    /// <summary>Reads the bits of integer or float constants (or dense elements) as <paramref
    /// name="resultType"/>.</summary>
    public static Attribute? Bitcast(Attribute? operand, Type resultType)
    {
        switch (operand)
        {
            case DenseIntOrFPElementsAttr dense when !dense.IsComplex && resultType is ShapedType shaped
                    && (ArithTypes.IsVectorOrTensor(resultType)) && shaped.HasStaticShape
                    && shaped.ElementType is IntegerType or FloatType
                    && DenseIntOrFPElementsAttr.StorageBits(shaped.ElementType)
                        == DenseIntOrFPElementsAttr.StorageBits(dense.ScalarType):
                return DenseIntOrFPElementsAttr.GetRaw(shaped, dense.RawData.ToArray(), dense.IsSplat);
            case IntegerAttr or FloatAttr when resultType is not ShapedType:
                var bits = operand is IntegerAttr i ? i.Bits : FloatBitsOf((FloatAttr)operand);
                return resultType switch
                {
                    FloatType f => FloatAttr.Get(f, (UInt128)IntegerAttr.Truncate(bits, f.Width)),
                    IntegerType => IntegerAttr.Get(resultType, bits),
                    _ => null,
                };
        }
        return null;
    }
}
