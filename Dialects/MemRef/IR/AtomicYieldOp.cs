using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.MemRef;

/// <summary><c>memref.atomic_yield %v : f32</c>: the value a <c>memref.generic_atomic_rmw</c> region stores.</summary>
[Op("memref", "atomic_yield", Summary = "yield operation for GenericAtomicRMWOp",
    Description = "Terminates the region of a `memref.generic_atomic_rmw` and gives the value to store.")]
[Traits(OpTraits.Pure, OpTraits.IsTerminator)]
[AssemblyFormat("$result attr-dict `:` type($result)")]
public sealed partial class AtomicYieldOp : Operation
{
    [Operand]
    public partial Value Result { get; }

    private bool Verify()
    {
        if (ParentOp is not GenericAtomicRMWOp parent)
            return EmitOpError($"expects parent op '{GenericAtomicRMWOp.OperationName}'");
        if (parent.NumResults == 0)
            return true;
        var parentType = parent.GetResult(0).Type;
        if (!ReferenceEquals(parentType, Result.Type))
            return EmitOpError($"types mismatch between yield op: '{Result.Type}' and its parent: '{parentType}'");
        return true;
    }
}
