using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.Scf;

/// <summary><c>scf.condition(%cond) %a, %b : i32, f32</c>: ends the "before" region of <c>scf.while</c>; when the
/// condition holds, <see cref="Args"/> go to the "after" region, otherwise they become the loop's results.</summary>
[Op("scf", "condition", Summary = "loop continuation condition",
    Description = "This operation accepts the continuation (i.e., inverse of exit) condition of the `scf.while` "
        + "construct. If its first argument is true, the \"after\" region of `scf.while` is executed, with the "
        + "remaining arguments forwarded to the entry block of the region. Otherwise, the loop terminates.")]
[Traits(OpTraits.Pure, OpTraits.IsTerminator)]
[AssemblyFormat("`(` $condition `)` attr-dict ($args^ `:` type($args))?")]
public sealed partial class ConditionOp : Operation
{
    [Operand(Constraint = TypeConstraint.I1)]
    public partial Value Condition { get; }

    [Operand]
    public partial System.ReadOnlySpan<OpOperand> Args { get; }

    // MLIR's HasParent trait.
    private bool Verify() => ParentOp is WhileOp || EmitOpError("expects parent op 'scf.while'");
}
