using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.Scf;

/// <summary><c>scf.yield %a, %b : i32, f32</c>: ends the regions of <c>scf.execute_region</c>, <c>scf.for</c>,
/// <c>scf.if</c>, <c>scf.index_switch</c> and <c>scf.while</c> (its "after" region), passing values to the parent;
/// what they mean is the parent's business. Implicit (left out of the custom form) when it yields nothing.</summary>
[Op("scf", "yield", Summary = "loop yield and termination operation",
    Description = "The `scf.yield` operation yields an SSA value from the SCF dialect op region and terminates the "
        + "regions. The semantics of how the values are yielded is defined by the parent operation. If `scf.yield` "
        + "has any operands, the operands must match the parent operation's results. If the parent operation "
        + "defines no values, then the `scf.yield` may be left out in the custom syntax and the builders will insert "
        + "one implicitly. Otherwise, it has to be present in the syntax to indicate which values are yielded.")]
[Traits(OpTraits.Pure, OpTraits.ReturnLike, OpTraits.IsTerminator)]
[AssemblyFormat("attr-dict ($results^ `:` type($results))?")]
public sealed partial class YieldOp : Operation
{
    /// <summary>The yielded values (MLIR's <c>$results</c>).</summary>
    [Operand(Name = "results")]
    public partial System.ReadOnlySpan<OpOperand> Values { get; }

    // MLIR's ParentOneOf trait.
    private bool Verify() =>
        ParentOp is ExecuteRegionOp or ForOp or IfOp or IndexSwitchOp or WhileOp
        || EmitOpError("expects parent op to be one of 'scf.execute_region, scf.for, scf.if, scf.index_switch, scf.while'");
}
