using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Dialects.Index.Folding;

namespace Dialectic.Dialects.Index;

/// <summary><c>index.divu</c>: index unsigned division.</summary>
[Op("index", "divu", Summary = "index unsigned division",
    Description = "Unsigned quotient rounded toward zero (`6 / -2 = 0`). Division by zero is undefined behaviour.")]
[Traits(OpTraits.Pure)]
[AssemblyFormat("$lhs `,` $rhs attr-dict")]
public sealed partial class DivUOp : Operation
{
    [Operand(Constraint = TypeConstraint.Index)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.Index)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.Index)]
    public partial Value Result { get; }

    // divu(c0, c1) -> c0 / c1 (unsigned), when c1 != 0 and 32- and 64-bit results agree
    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands) =>
        IndexFolding.Checked(operands, static (l, r, w) => IndexArithmetic.DivU(l, r, w));
}
