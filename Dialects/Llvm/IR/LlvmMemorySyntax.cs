using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.Llvm;

/// <summary>The optional <c>atomic (syncscope("s"))? ordering</c> group of <c>llvm.load</c>/<c>llvm.store</c>.</summary>
internal static class LlvmMemorySyntax
{
    public static bool ParseAtomic(OpAsmParser parser, List<NamedAttribute> props)
    {
        if (!parser.ParseOptionalKeyword("atomic"))
            return true;
        var context = parser.Context;
        if (parser.ParseOptionalKeyword("syncscope"))
        {
            parser.ParseLParen();
            if (parser.ParseOptionalString() is not { } scope)
                return parser.EmitError("expected string");
            props.Add(new NamedAttribute("syncscope", StringAttr.Get(context, scope)));
            parser.ParseRParen();
        }
        var at = parser.CurrentPosition;
        if (!parser.ParseOptionalKeyword(out string keyword) || !AtomicOrderingSyntax.TryParse(keyword, out var ordering))
            return parser.EmitError(at, "expected keyword for atomic ordering");
        props.Add(new NamedAttribute("ordering", LlvmSyntax.I(context, 64, (long)ordering)));
        return true;
    }

    public static void PrintAtomic(OpAsmPrinter printer, IntegerAttr ordering, StringAttr? syncscope)
    {
        var value = (AtomicOrdering)(long)ordering.SignedValue;
        if (value == AtomicOrdering.NotAtomic)
            return;
        printer.Write(" atomic");
        if (syncscope != null)
        {
            printer.Write(" syncscope(");
            LlvmSyntax.PrintString(printer, syncscope.Value);
            printer.Write(')');
        }
        printer.Write(' ');
        printer.Write(value.ToKeyword());
    }

    /// <summary>The properties a load/store prints through its syntax rather than its attribute dictionary.</summary>
    public static readonly string[] Elided = ["volatile_", "ordering", "syncscope", "invariant", "invariantGroup"];
}
