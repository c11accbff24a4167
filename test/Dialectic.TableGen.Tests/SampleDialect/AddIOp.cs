using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.TableGen.Tests.SampleDialect;

[Op("arith", "addi", Summary = "integer addition operation")]
[Traits(OpTraits.Pure, OpTraits.Commutative, OpTraits.SameOperandsAndResultType)]
[AssemblyFormat("$lhs `,` $rhs (`overflow` `` $overflowFlags^)? attr-dict `:` type($result)")]
public sealed partial class AddIOp : Operation
{
    [Operand(Constraint = TypeConstraint.SignlessIntegerLike)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.SignlessIntegerLike)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.SignlessIntegerLike)]
    public partial Value Result { get; }

    // A generated dialect attribute of this project, with a default: the optional group prints when it differs.
    [Property(Name = "overflowFlags", Default = "#arith.overflow<none>")]
    public partial IntegerOverflowFlagsAttr OverflowFlags { get; }

    // addi(x, 0) -> x, and constant folding of i64 scalars (enough to test the hook).
    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands)
    {
        if (operands[1] is Dialectic.Core.IR.Attributes.IntegerAttr { Value.IsZero: true })
            return Lhs;
        if (operands[0] is Dialectic.Core.IR.Attributes.IntegerAttr a && operands[1] is Dialectic.Core.IR.Attributes.IntegerAttr b)
            return Dialectic.Core.IR.Attributes.IntegerAttr.Get(Result.Type, a.SignedValue + b.SignedValue);
        return null;
    }
}
