using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.TableGen.Tests.SampleDialect;

[Op("test", "add", Summary = "Integer addition", Description = "Adds two signless-integer-like values.")]
[Traits(OpTraits.Pure, OpTraits.Commutative, OpTraits.SameOperandsAndResultType)]
[AssemblyFormat("$lhs `,` $rhs attr-dict `:` type($result)")]
public sealed partial class AddOp : Operation
{
    [Operand(Constraint = TypeConstraint.SignlessIntegerLike)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.SignlessIntegerLike)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.SignlessIntegerLike)]
    public partial Value Result { get; }
}
