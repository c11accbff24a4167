using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.Scf;

/// <summary><c>scf.reduce.return %v : f32</c>: ends a reduction region of <c>scf.reduce</c> with the combined
/// value, whose type is that of the region's arguments.</summary>
[Op("scf", "reduce.return", Summary = "terminator for reduce operation",
    Description = "The `scf.reduce.return` operation is a special terminator operation for the block inside "
        + "`scf.reduce` regions. It terminates the region. It should have the same operand type as the "
        + "corresponding operand of the enclosing `scf.reduce` op.")]
[Traits(OpTraits.Pure, OpTraits.IsTerminator)]
[AssemblyFormat("$result attr-dict `:` type($result)")]
public sealed partial class ReduceReturnOp : Operation
{
    [Operand]
    public partial Value Result { get; }

    private bool Verify()
    {
        // MLIR's HasParent trait, then the op's verifier.
        if (ParentOp is not ReduceOp)
            return EmitOpError("expects parent op 'scf.reduce'");
        var block = Block!;
        // Without arguments (MLIR reads out of range here) the enclosing scf.reduce reports the region.
        if (block.NumArguments == 0)
            return true;
        var expected = block.GetArgument(0).Type;
        if (!ReferenceEquals(expected, Result.Type))
            return EmitOpError($"must have type '{expected}' (the type of the reduction inputs)");
        return true;
    }
}
