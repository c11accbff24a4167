using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Dialects.Index.Folding;

namespace Dialectic.Dialects.Index;

/// <summary><c>index.ceildivu</c>: index unsigned ceil division.</summary>
[Op("index", "ceildivu", Summary = "index unsigned ceil division",
    Description = "Unsigned quotient rounded toward positive infinity (`6 / -2 = 1`). Division by zero is "
        + "undefined behaviour.")]
[Traits(OpTraits.Pure)]
[AssemblyFormat("$lhs `,` $rhs attr-dict")]
public sealed partial class CeilDivUOp : Operation
{
    [Operand(Constraint = TypeConstraint.Index)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.Index)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.Index)]
    public partial Value Result { get; }

    // ceildivu(c0, c1) -> ceil(c0 / c1) (unsigned), when c1 != 0 and 32- and 64-bit results agree
    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands) =>
        IndexFolding.Checked(operands, static (l, r, w) => IndexArithmetic.CeilDivU(l, r, w));
}
