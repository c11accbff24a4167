using Dialectic.Core.Interfaces;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.br ^bb(%a : i32)</c>: an unconditional branch forwarding its operands to the successor's
/// arguments.</summary>
[Op("llvm", "br", Summary = "LLVM branch operation")]
[Traits(OpTraits.Pure, OpTraits.IsTerminator)]
[AssemblyFormat("$dest (`(` $destOperands^ `:` type($destOperands) `)`)? attr-dict")]
public sealed partial class BrOp : Operation
{
    [Operand(Name = "destOperands")]
    public partial System.ReadOnlySpan<OpOperand> DestOperands { get; }

    [Successor]
    public partial Block Dest { get; }

    private bool Verify() => LlvmBranches.VerifySuccessor(this, 0, DestOperands);

    /// <summary>All operands go to the one successor.</summary>
    public SuccessorOperands GetSuccessorOperands(int index) => new(this, 0, NumOperands);
}
