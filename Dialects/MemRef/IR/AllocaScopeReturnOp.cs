using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.MemRef;

/// <summary><c>memref.alloca_scope.return %v : f32</c>: the terminator of a <c>memref.alloca_scope</c> region.</summary>
[Op("memref", "alloca_scope.return", Summary = "terminator for alloca_scope operation",
    Description = "Ends the region of a `memref.alloca_scope` and gives the values the scope returns (none by default, "
        + "in which case the op may be omitted in the textual form).")]
[Traits(OpTraits.Pure, OpTraits.ReturnLike, OpTraits.IsTerminator)]
[AssemblyFormat("attr-dict ($results^ `:` type($results))?")]
public sealed partial class AllocaScopeReturnOp : Operation
{
    [Operand(Name = "results")]
    public partial System.ReadOnlySpan<OpOperand> Values { get; }

    private bool Verify()
    {
        if (ParentOp is not AllocaScopeOp)
            return EmitOpError($"expects parent op '{AllocaScopeOp.OperationName}'");
        return true;
    }
}
