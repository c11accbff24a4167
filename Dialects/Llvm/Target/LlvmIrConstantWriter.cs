using System;
using System.Globalization;
using System.Numerics;
using System.Text;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm.Target;

/// <summary>
/// Spells constants in LLVM IR: integers in decimal (<c>true</c>/<c>false</c> for i1), floats in decimal when
/// that reads back exactly and in LLVM's hex forms otherwise (<c>0x</c> double bits for float and double,
/// <c>0xH</c> half, <c>0xR</c> bfloat, <c>0xK</c> x86_fp80, <c>0xL</c> fp128), vectors and arrays element by
/// element, <c>c"..."</c> for i8 arrays from strings, and <c>zeroinitializer</c>/<c>undef</c>/<c>poison</c>.
/// The text returned is the value alone, without its type.
/// </summary>
internal sealed class LlvmIrConstantWriter
{
    private readonly LlvmIrTypeWriter _types;

    public LlvmIrConstantWriter(LlvmIrTypeWriter types) => _types = types;

    /// <summary>The all-zero value of <paramref name="type"/> (<c>llvm.mlir.zero</c>).</summary>
    public string Zero(Type type) => type switch
    {
        LlvmPointerType => "null",
        IntegerType { Width: 1 } => "false",
        IntegerType => "0",
        FloatType f => FloatText(f, UInt128.Zero),
        _ => "zeroinitializer",
    };

    /// <summary>The constant <paramref name="value"/> as a value of <paramref name="type"/>
    /// (<c>llvm.mlir.constant</c>); throws <see cref="TranslationException"/> located at <paramref name="op"/>.</summary>
    public string Constant(Attribute value, Type type, Operation op)
    {
        var sb = new StringBuilder();
        AppendConstant(sb, value, type, op);
        return sb.ToString();
    }

    // Recursion follows the nesting of the constant's type (arrays of arrays), not IR depth.
    private void AppendConstant(StringBuilder sb, Attribute value, Type type, Operation op)
    {
        switch (value)
        {
            case IntegerAttr i when type is IntegerType it:
                sb.Append(IntText(it.Width, i.Bits));
                return;
            case IntegerAttr i when type is FloatType ft:
                sb.Append(FloatText(ft, (UInt128)(i.Bits & ((BigInteger.One << 128) - 1))));
                return;
            case FloatAttr f when type is FloatType ft:
                sb.Append(ft.Kind == f.FloatType.Kind ? FloatText(ft, f.Bits) : FloatFromDouble(ft, f.ValueAsDouble, op));
                return;
            case IntegerAttr or FloatAttr when type is VectorType or LlvmArrayType:
                AppendSplat(sb, value, type, op);
                return;
            case StringAttr s when type is LlvmArrayType { ElementType: IntegerType { Width: 8 } }:
                sb.Append('c');
                LlvmIrNames.AppendQuoted(sb, s.Bytes);
                return;
            case DenseIntOrFPElementsAttr d when !d.IsComplex:
            {
                int index = 0;
                AppendDense(sb, d, type, ref index, op);
                return;
            }
            case ArrayAttr a:
                AppendArrayAttr(sb, a, type, op);
                return;
            case UnitAttr when type is LlvmPointerType:
                sb.Append("null");
                return;
        }
        throw new TranslationException(op, $"cannot be converted to LLVM IR: unsupported constant '{value}' of type '{type}'");
    }

    /// <summary>A scalar attribute used for every element of a vector or array type.</summary>
    private void AppendSplat(StringBuilder sb, Attribute value, Type type, Operation op)
    {
        var (count, element, open, close) = Aggregate(type, op);
        string elementType = _types.Get(element);
        sb.Append(open);
        for (long i = 0; i < count; i++)
        {
            if (i > 0)
                sb.Append(", ");
            sb.Append(elementType).Append(' ');
            AppendConstant(sb, value, element, op);
        }
        sb.Append(close);
    }

    /// <summary>Writes <paramref name="type"/>'s elements from <paramref name="d"/> in row-major order, starting at
    /// flat element <paramref name="index"/> (nested arrays consume consecutive runs).</summary>
    private void AppendDense(StringBuilder sb, DenseIntOrFPElementsAttr d, Type type, ref int index, Operation op)
    {
        if (type is IntegerType or FloatType)
        {
            var bits = d.ReadBits(d.IsSplat ? 0 : index);
            index++;
            if (type is IntegerType it)
                sb.Append(IntText(it.Width, bits));
            else
                sb.Append(FloatText((FloatType)type, (UInt128)bits));
            return;
        }
        var (count, element, open, close) = Aggregate(type, op);
        string elementType = _types.Get(element);
        sb.Append(open);
        for (long i = 0; i < count; i++)
        {
            if (i > 0)
                sb.Append(", ");
            sb.Append(elementType).Append(' ');
            AppendDense(sb, d, element, ref index, op);
        }
        sb.Append(close);
    }

    private void AppendArrayAttr(StringBuilder sb, ArrayAttr a, Type type, Operation op)
    {
        if (type is LlvmStructType s)
        {
            if (s.Body.Length != a.Count)
                throw new TranslationException(op, "cannot be converted to LLVM IR: struct constant has the wrong number of elements");
            sb.Append(s.IsPacked ? "<{ " : "{ ");
            for (int i = 0; i < a.Count; i++)
            {
                if (i > 0)
                    sb.Append(", ");
                sb.Append(_types.Get(s.Body[i])).Append(' ');
                AppendConstant(sb, a[i], s.Body[i], op);
            }
            sb.Append(s.IsPacked ? " }>" : " }");
            return;
        }
        var (count, element, open, close) = Aggregate(type, op);
        if (count != a.Count)
            throw new TranslationException(op, "cannot be converted to LLVM IR: array constant has the wrong number of elements");
        string elementType = _types.Get(element);
        sb.Append(open);
        for (int i = 0; i < a.Count; i++)
        {
            if (i > 0)
                sb.Append(", ");
            sb.Append(elementType).Append(' ');
            AppendConstant(sb, a[i], element, op);
        }
        sb.Append(close);
    }

    private static (long Count, Type Element, string Open, string Close) Aggregate(Type type, Operation op) => type switch
    {
        VectorType { Rank: 1 } v when !v.IsScalable => (v.Shape[0], v.ElementType, "<", ">"),
        LlvmArrayType a => ((long)a.NumElements, a.ElementType, "[", "]"),
        _ => throw new TranslationException(op, $"cannot be converted to LLVM IR: unsupported constant of type '{type}'"),
    };

    /// <summary>An integer of <paramref name="width"/> bits from its bit pattern, in signed decimal.</summary>
    public static string IntText(int width, BigInteger bits)
    {
        var truncated = IntegerAttr.Truncate(bits, width);
        if (width == 1)
            return truncated.IsZero ? "false" : "true";
        return IntegerAttr.ToSigned(truncated, width).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A float of <paramref name="type"/> from its bit pattern.</summary>
    public static string FloatText(FloatType type, UInt128 bits)
    {
        switch (type.Kind)
        {
            case FloatKind.F64:
                return DoubleText(BitConverter.UInt64BitsToDouble((ulong)bits), exactAsFloat: false);
            case FloatKind.F32:
                return DoubleText(BitConverter.UInt32BitsToSingle((uint)bits), exactAsFloat: true);
            case FloatKind.F16:
                return "0xH" + ((ulong)bits & 0xffff).ToString("X4", CultureInfo.InvariantCulture);
            case FloatKind.BF16:
                return "0xR" + ((ulong)bits & 0xffff).ToString("X4", CultureInfo.InvariantCulture);
            case FloatKind.F80:
                return "0xK" + ((ulong)(bits >> 64) & 0xffff).ToString("X4", CultureInfo.InvariantCulture)
                    + ((ulong)bits).ToString("X16", CultureInfo.InvariantCulture);
            case FloatKind.F128:
                return "0xL" + ((ulong)bits).ToString("X16", CultureInfo.InvariantCulture)
                    + ((ulong)(bits >> 64)).ToString("X16", CultureInfo.InvariantCulture);
            default:
                return LlvmIrTypeWriter.FloatKeyword(type); // throws: no LLVM type
        }
    }

    private static string FloatFromDouble(FloatType type, double value, Operation op) => type.Kind switch
    {
        FloatKind.F64 => DoubleText(value, exactAsFloat: false),
        FloatKind.F32 => DoubleText((float)value, exactAsFloat: true),
        FloatKind.F16 => "0xH" + BitConverter.HalfToUInt16Bits((Half)value).ToString("X4", CultureInfo.InvariantCulture),
        _ => throw new TranslationException(op, $"cannot be converted to LLVM IR: float constant of another type than '{type}'"),
    };

    /// <summary>
    /// A double (or a float widened to double) as LLVM writes it: <c>1.500000e+00</c> when that text reads back
    /// as the same value, else the 16 hex digits of the double's bits (always valid for both types, since a
    /// float widens to a double exactly).
    /// </summary>
    private static string DoubleText(double value, bool exactAsFloat)
    {
        if (double.IsFinite(value) && !(value == 0 && double.IsNegative(value)))
        {
            string text = value.ToString("0.000000e+00", CultureInfo.InvariantCulture);
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double back) && back == value
                && (!exactAsFloat || (double)(float)back == back))
                return text;
        }
        return "0x" + BitConverter.DoubleToUInt64Bits(value).ToString("X16", CultureInfo.InvariantCulture);
    }
}
