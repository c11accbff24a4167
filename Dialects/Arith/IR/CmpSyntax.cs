using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.Arith;

/// <summary>Parses a predicate keyword into its enum; false when it names no case.</summary>
internal delegate bool PredicateParser<T>(string keyword, out T value);

/// <summary>
/// The custom syntax of <c>arith.cmpi</c> and <c>arith.cmpf</c>:
/// <c>pred, %lhs, %rhs (fastmath&lt;...&gt;)? attr-dict : type</c>, the result type being i1 in the operands' shape
/// (which the declarative format cannot infer).
/// </summary>
internal static class CmpSyntax
{
    /// <summary>The predicate, as a keyword or a string, with MLIR's error when it is neither or no case.</summary>
    public static bool ParsePredicate<T>(OpAsmParser parser, string opName, PredicateParser<T> tryParse, string cases,
        out T value)
    {
        var location = parser.CurrentLocation;
        string? keyword = parser.ParseOptionalKeyword(out string k) ? k : parser.ParseOptionalString();
        if (keyword != null && tryParse(keyword, out value))
            return true;
        value = default!;
        parser.Context.EmitError(location,
            $"custom op '{opName}' expected string or keyword containing one of the following enum values for "
            + $"attribute 'predicate' [{cases}]");
        return false;
    }

    /// <summary>The rest after the predicate: operands, the optional fastmath group (when
    /// <paramref name="fastmath"/> is given a list to fill), the attribute dictionary and the type.</summary>
    public static bool ParseOperands(OpAsmParser parser, OperationState state, List<NamedAttribute> properties,
        string? fastmathName, string[] inherent)
    {
        parser.ParseComma();
        var lhs = parser.ParseOperand();
        parser.ParseComma();
        var rhs = parser.ParseOperand();
        if (fastmathName != null && parser.ParseOptionalKeyword("fastmath"))
        {
            if (FastMathFlagsAttr.ParseStripped(parser) is not { } flags)
                return false;
            properties.Add(new NamedAttribute(fastmathName, flags));
        }
        parser.ParseOptionalAttrDict();
        parser.ParseColon();
        var type = parser.ParseType();
        state.Operands.Add(parser.ResolveOperand(lhs, type));
        state.Operands.Add(parser.ResolveOperand(rhs, type));
        state.ResultTypes.Add(ArithTypes.I1SameShape(type));
        GeneratedSyntax.SetProperties(state, properties, inherent);
        return true;
    }

    /// <summary>Prints <c> pred, %lhs, %rhs[ fastmath&lt;...&gt;] attr-dict : type</c>; fastmath only when set and not
    /// <c>none</c>.</summary>
    public static void Print(OpAsmPrinter printer, Operation op, string predicate, FastMathFlagsAttr? fastmath)
    {
        printer.Write(' ');
        printer.Write(predicate);
        printer.Write(", ");
        printer.PrintOperand(op.GetOperand(0));
        printer.Write(", ");
        printer.PrintOperand(op.GetOperand(1));
        if (fastmath != null && fastmath.Value != FastMathFlags.None)
        {
            printer.Write(" fastmath");
            fastmath.PrintStripped(printer);
        }
        GeneratedSyntax.PrintOptionalAttrDict(printer, op, fastmath != null ? ["predicate", "fastmath"] : ["predicate"],
            fastmath != null ? [("fastmath", "#arith.fastmath<none>")] : null);
        printer.Write(" : ");
        printer.PrintType(op.GetOperand(0).Type);
    }
}
