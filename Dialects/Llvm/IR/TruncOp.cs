using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.trunc</c>: truncates an integer to a narrower one, with optional no-wrap flags.</summary>
[Op("llvm", "trunc", Summary = "LLVM trunc operation")]
[Traits(OpTraits.Pure)]
public sealed partial class TruncOp : Operation
{
    [Operand(Name = "arg", ConstraintMethod = nameof(IsIntLike), ConstraintSummary = "signless integer or LLVM dialect-compatible vector of signless integer")]
    public partial Value Arg { get; }

    [Result(Name = "res", ConstraintMethod = nameof(IsIntLike), ConstraintSummary = "signless integer or LLVM dialect-compatible vector of signless integer")]
    public partial Value Res { get; }

    /// <summary>The no-wrap flags (<c>overflow&lt;nsw, nuw&gt;</c>: 1 nsw, 2 nuw); none by default.</summary>
    [Property(Name = "overflowFlags", Default = "0 : i32", ValueType = "i32", ConstraintMethod = nameof(IsOverflowFlags),
        ConstraintSummary = "LLVM integer overflow flags")]
    public partial IntegerAttr OverflowFlags { get; }

    private static bool IsOverflowFlags(Attribute attr) => LlvmConstraints.IsFlagWord(attr, 3);

    private static bool IsIntLike(Type type) => LlvmConstraints.IsIntLike(type);

    // `%arg (overflow<flags>)? attr-dict : type to type`
    private static bool Parse(Core.Syntax.OpAsmParser parser, OperationState state)
    {
        var arg = parser.ParseOperand();
        var props = new System.Collections.Generic.List<NamedAttribute>();
        if (parser.ParseOptionalKeyword("overflow"))
        {
            if (!LlvmSyntax.ParseOverflowFlags(parser, out int flags))
                return false;
            props.Add(new NamedAttribute("overflowFlags", LlvmSyntax.I(parser.Context, 32, flags)));
        }
        parser.ParseOptionalAttrDict();
        var from = parser.ParseColonType();
        parser.ParseKeyword("to");
        var to = parser.ParseType();
        state.Operands.Add(parser.ResolveOperand(arg, from));
        state.ResultTypes.Add(to);
        GeneratedSyntax.SetProperties(state, props, Info.InherentAttributes);
        return true;
    }

    private void Print(Core.Syntax.OpAsmPrinter printer)
    {
        printer.Write(' ');
        printer.PrintOperand(Arg);
        LlvmSyntax.PrintOverflowFlags(printer, OverflowFlags);
        GeneratedSyntax.PrintOptionalAttrDict(printer, this, ["overflowFlags"], null);
        printer.Write(" : ");
        printer.PrintType(Arg.Type);
        printer.Write(" to ");
        printer.PrintType(Res.Type);
    }
}
