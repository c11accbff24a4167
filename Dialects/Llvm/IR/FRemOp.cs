using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.frem</c>: floating-point remainder (LLVM's `frem` instruction) with optional fast-math flags.</summary>
[Op("llvm", "frem", Summary = "LLVM frem operation")]
[Traits(OpTraits.Pure, OpTraits.SameOperandsAndResultType)]
[AssemblyFormat("$lhs `,` $rhs attr-dict `:` type($res)")]
public sealed partial class FRemOp : Operation
{
    [Operand(Name = "lhs", ConstraintMethod = nameof(IsFloatLike), ConstraintSummary = "floating point LLVM type or LLVM dialect-compatible vector of floating point LLVM type")]
    public partial Value Lhs { get; }

    [Operand(Name = "rhs", ConstraintMethod = nameof(IsFloatLike), ConstraintSummary = "floating point LLVM type or LLVM dialect-compatible vector of floating point LLVM type")]
    public partial Value Rhs { get; }

    [Result(Name = "res", ConstraintMethod = nameof(IsFloatLike), ConstraintSummary = "floating point LLVM type or LLVM dialect-compatible vector of floating point LLVM type")]
    public partial Value Res { get; }

    /// <summary>The fast-math flags; none by default.</summary>
    [Property(Name = "fastmathFlags", Default = "#llvm.fastmath<none>")]
    public partial FastmathFlagsAttr FastmathFlags { get; }

    private static bool IsFloatLike(Type type) => LlvmConstraints.IsFloatLike(type);
}
