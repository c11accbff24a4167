using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.sub</c>: integer subtraction (LLVM's `sub` instruction), with optional no-wrap flags.</summary>
[Op("llvm", "sub", Summary = "LLVM sub operation")]
[Traits(OpTraits.Pure, OpTraits.SameOperandsAndResultType)]
public sealed partial class SubOp : Operation
{
    [Operand(Name = "lhs", ConstraintMethod = nameof(IsIntLike), ConstraintSummary = "signless integer or LLVM dialect-compatible vector of signless integer")]
    public partial Value Lhs { get; }

    [Operand(Name = "rhs", ConstraintMethod = nameof(IsIntLike), ConstraintSummary = "signless integer or LLVM dialect-compatible vector of signless integer")]
    public partial Value Rhs { get; }

    [Result(Name = "res", ConstraintMethod = nameof(IsIntLike), ConstraintSummary = "signless integer or LLVM dialect-compatible vector of signless integer")]
    public partial Value Res { get; }

    /// <summary>The no-wrap flags (<c>overflow&lt;nsw, nuw&gt;</c>: 1 nsw, 2 nuw); none by default.</summary>
    [Property(Name = "overflowFlags", Default = "0 : i32", ValueType = "i32", ConstraintMethod = nameof(IsOverflowFlags),
        ConstraintSummary = "LLVM integer overflow flags")]
    public partial IntegerAttr OverflowFlags { get; }

    private static bool IsOverflowFlags(Attribute attr) => LlvmConstraints.IsFlagWord(attr, 3);

    private static bool IsIntLike(Type type) => LlvmConstraints.IsIntLike(type);

    // `%lhs, %rhs (overflow<flags>)? attr-dict : type`
    private static bool Parse(Core.Syntax.OpAsmParser parser, OperationState state) =>
        LlvmSyntax.ParseOverflowBinary(parser, state, Info.InherentAttributes);

    private void Print(Core.Syntax.OpAsmPrinter printer) => LlvmSyntax.PrintOverflowBinary(printer, this, OverflowFlags);
}
