using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Syntax;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary>Custom-syntax pieces shared by llvm ops: overflow flags, quoted predicates, the trailing type.</summary>
internal static class LlvmSyntax
{
    /// <summary>Parses the <c>&lt;nsw, nuw&gt;</c> after the keyword <c>overflow</c> into the i32 flag word.</summary>
    public static bool ParseOverflowFlags(OpAsmParser parser, out int flags)
    {
        flags = 0;
        parser.ParseLess();
        do
        {
            var at = parser.CurrentPosition;
            if (!parser.ParseOptionalKeyword(out string keyword))
                return parser.EmitError(at, "expected keyword");
            switch (keyword)
            {
                case "nsw": flags |= 1; break;
                case "nuw": flags |= 2; break;
                case "none": break;
                default: return parser.EmitError(at, $"invalid overflow flag: '{keyword}'");
            }
        }
        while (parser.ParseOptionalComma());
        parser.ParseGreater();
        return true;
    }

    /// <summary>Writes <c> overflow&lt;nsw, nuw&gt;</c> unless no flag is set.</summary>
    public static void PrintOverflowFlags(OpAsmPrinter printer, IntegerAttr flags)
    {
        long value = (long)flags.SignedValue;
        if (value == 0)
            return;
        printer.Write(" overflow<");
        printer.Write(value switch { 1 => "nsw", 2 => "nuw", _ => "nsw, nuw" });
        printer.Write('>');
    }

    /// <summary><c>%lhs, %rhs (overflow&lt;...&gt;)? attr-dict : type</c> of add, sub, mul and shl.</summary>
    public static bool ParseOverflowBinary(OpAsmParser parser, OperationState state, string[] inherent)
    {
        var lhs = parser.ParseOperand();
        parser.ParseComma();
        var rhs = parser.ParseOperand();
        var props = new List<NamedAttribute>();
        if (parser.ParseOptionalKeyword("overflow"))
        {
            if (!ParseOverflowFlags(parser, out int flags))
                return false;
            props.Add(new NamedAttribute("overflowFlags", IntegerAttr.Get(parser.Context.I(32), flags)));
        }
        parser.ParseOptionalAttrDict();
        var type = parser.ParseColonType();
        state.Operands.Add(parser.ResolveOperand(lhs, type));
        state.Operands.Add(parser.ResolveOperand(rhs, type));
        state.ResultTypes.Add(type);
        GeneratedSyntax.SetProperties(state, props, inherent);
        return true;
    }

    public static void PrintOverflowBinary(OpAsmPrinter printer, Operation op, IntegerAttr flags)
    {
        printer.Write(' ');
        printer.PrintOperand(op.GetOperand(0));
        printer.Write(", ");
        printer.PrintOperand(op.GetOperand(1));
        PrintOverflowFlags(printer, flags);
        GeneratedSyntax.PrintOptionalAttrDict(printer, op, ["overflowFlags"], null);
        printer.Write(" : ");
        printer.PrintType(op.GetResult(0).Type);
    }

    /// <summary>A predicate written as a string (<c>"slt"</c>), with upstream's errors: "expected attribute value"
    /// for anything else, "'x' is an incorrect value of the 'predicate' attribute" for a string naming no case.</summary>
    public static bool ParsePredicate(OpAsmParser parser, System.Func<string, long> lookup, out long value)
    {
        var at = parser.CurrentPosition;
        value = -1;
        if (parser.ParseOptionalString() is not { } text)
        {
            parser.Context.EmitError(parser.LocationOf(at), "expected attribute value");
            return false;
        }
        value = lookup(text);
        return value >= 0 || parser.EmitError(at, $"'{text}' is an incorrect value of the 'predicate' attribute");
    }

    /// <summary>Prints <paramref name="text"/> as a string literal.</summary>
    public static void PrintString(OpAsmPrinter printer, string text)
    {
        var sb = new System.Text.StringBuilder();
        LlvmTypes.AppendQuoted(sb, text);
        printer.Write(sb.ToString());
    }

    /// <summary>Consumes a <c>|</c> if one is next; forwards to <see cref="OpAsmParser.ParseOptionalVerticalBar"/>.</summary>
    public static bool ParseOptionalVerticalBar(OpAsmParser parser) => parser.ParseOptionalVerticalBar();

    /// <summary>Consumes a <c>...</c> if one is next; forwards to <see cref="OpAsmParser.ParseOptionalEllipsis"/>.</summary>
    public static bool ParseOptionalEllipsis(OpAsmParser parser) => parser.ParseOptionalEllipsis();

    /// <summary>An integer attribute of type i32/i64.</summary>
    public static IntegerAttr I(Context context, int width, long value) => IntegerAttr.Get(context.I(width), value);
}
