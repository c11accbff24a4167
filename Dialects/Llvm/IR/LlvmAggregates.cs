using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Syntax;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary>The position syntax and element-type rule of <c>llvm.extractvalue</c>/<c>llvm.insertvalue</c>.</summary>
internal static class LlvmAggregates
{
    /// <summary>The type at <paramref name="position"/> inside <paramref name="container"/>; null with
    /// <paramref name="error"/> set when a step is out of bounds or not into a struct or array.</summary>
    public static Type? ElementType(Type container, System.ReadOnlySpan<long> position, out string? error)
    {
        error = null;
        var type = container;
        foreach (long index in position)
        {
            switch (type)
            {
                case LlvmStructType s:
                    if (index < 0 || index >= s.Body.Length)
                    {
                        error = $"position out of bounds: {index}";
                        return null;
                    }
                    type = s.Body[(int)index];
                    break;
                case LlvmArrayType a:
                    if (index < 0 || (ulong)index >= a.NumElements)
                    {
                        error = $"position out of bounds: {index}";
                        return null;
                    }
                    type = a.ElementType;
                    break;
                default:
                    error = $"expected LLVM IR structure/array type, got: '{type}'";
                    return null;
            }
        }
        return type;
    }

    /// <summary><c>[0, 1]</c> into an i64 dense array.</summary>
    public static DenseArrayAttr ParsePosition(OpAsmParser parser)
    {
        var values = new List<long>();
        parser.ParseLSquare();
        if (!parser.ParseOptionalRSquare())
        {
            do
                values.Add(parser.ParseInteger());
            while (parser.ParseOptionalComma());
            parser.ParseRSquare();
        }
        return DenseArrayAttr.Get(parser.Context.I(64), values.ToArray());
    }

    public static void PrintPosition(OpAsmPrinter printer, DenseArrayAttr position)
    {
        printer.Write('[');
        var raw = position.Raw;
        for (int i = 0; i < raw.Length; i++)
        {
            if (i > 0)
                printer.Write(", ");
            printer.Write(raw[i]);
        }
        printer.Write(']');
    }

    /// <summary>The positions as longs.</summary>
    public static long[] Values(DenseArrayAttr position) => position.Raw.ToArray();
}
