using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Dialects.Index.Folding;

namespace Dialectic.Dialects.Index;

/// <summary><c>index.remu</c>: index unsigned remainder.</summary>
[Op("index", "remu", Summary = "index unsigned remainder",
    Description = "Unsigned remainder (`6 % -2 = 6`).")]
[Traits(OpTraits.Pure)]
[AssemblyFormat("$lhs `,` $rhs attr-dict")]
public sealed partial class RemUOp : Operation
{
    [Operand(Constraint = TypeConstraint.Index)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.Index)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.Index)]
    public partial Value Result { get; }

    // remu(c0, c1) -> c0 % c1 (unsigned), when c1 != 0 and 32- and 64-bit results agree
    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands) =>
        IndexFolding.Checked(operands, static (l, r, w) => IndexArithmetic.RemU(l, r, w));
}
