using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.MemRef;

/// <summary>
/// MLIR's <c>custom&lt;DynamicIndexList&gt;</c>: <c>[%a, 4, %b]</c>, a list mixing SSA values and integers. The
/// integers go to an i64 dense array where <see cref="ShapedType.Dynamic"/> marks the places of the values, which
/// go to an operand group in order.
/// </summary>
public static class DynamicIndexList
{
    /// <summary>Parses the list into <paramref name="values"/> and <paramref name="integers"/>.</summary>
    public static bool Parse(OpAsmParser parser, List<UnresolvedOperand> values, ref Attribute? integers)
    {
        if (!parser.ParseOptionalLSquare())
            return parser.EmitError("expected '[' in dynamic index list");
        var ints = new List<long>();
        if (!parser.ParseOptionalRSquare())
        {
            do
            {
                if (parser.IsOperandNext)
                {
                    values.Add(parser.ParseOperand());
                    ints.Add(ShapedType.Dynamic);
                }
                else
                    ints.Add(parser.ParseInteger());
            }
            while (parser.ParseOptionalComma());
            if (!parser.ParseOptionalRSquare())
                return parser.EmitError("expected ']' in dynamic index list");
        }
        integers = DenseArrayAttr.Get(parser.Context.I(64), ints.ToArray());
        return true;
    }

    /// <summary>Prints <c>[...]</c>, a value where <paramref name="integers"/> holds the dynamic marker.</summary>
    public static void Print(OpAsmPrinter printer, System.ReadOnlySpan<OpOperand> values, Attribute? integers)
    {
        printer.Write('[');
        var raw = integers is DenseArrayAttr a ? a.Raw : default;
        int next = 0;
        for (int i = 0; i < raw.Length; i++)
        {
            if (i > 0)
                printer.Write(", ");
            if (raw[i] == ShapedType.Dynamic && next < values.Length)
                printer.PrintOperand(values[next++].Value);
            else if (raw[i] == ShapedType.Dynamic)
                printer.Write("<<missing value>>");
            else
                printer.Write(raw[i]);
        }
        printer.Write(']');
    }

    /// <summary>
    /// The mixed list: for each entry, its constant (when static, or when its value is a constant index) or null
    /// for an SSA value that is not a known constant. <paramref name="staticValues"/> holds the dynamic markers.
    /// </summary>
    public static long?[] ConstantValues(System.ReadOnlySpan<long> staticValues, System.ReadOnlySpan<OpOperand> values)
    {
        var result = new long?[staticValues.Length];
        int next = 0;
        for (int i = 0; i < staticValues.Length; i++)
        {
            if (staticValues[i] != ShapedType.Dynamic)
                result[i] = staticValues[i];
            else if (next < values.Length)
                result[i] = ConstantIndex(values[next++].Value);
        }
        return result;
    }

    /// <summary>The value of a constant integer or index (MLIR's <c>getConstantIntValue</c>), or null.</summary>
    public static long? ConstantIndex(Value value) =>
        Operation.GetConstantValue(value) is IntegerAttr { Type: IndexType or IntegerType } i
        && i.SignedValue >= long.MinValue && i.SignedValue <= long.MaxValue
            ? (long)i.SignedValue
            : null;

    /// <summary>The i64 entries of a dense array property (empty when absent or of another kind).</summary>
    public static System.ReadOnlySpan<long> Raw(Attribute? attr) => attr is DenseArrayAttr a ? a.Raw : default;
}
