using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.TableGen.Tests.SampleDialect;

[Op("arith", "addi", Summary = "integer addition operation")]
[Traits(OpTraits.Pure, OpTraits.Commutative, OpTraits.SameOperandsAndResultType)]
[AssemblyFormat("$lhs `,` $rhs attr-dict `:` type($result)")]
public sealed partial class AddIOp : Operation
{
    [Operand(Constraint = TypeConstraint.SignlessIntegerLike)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.SignlessIntegerLike)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.SignlessIntegerLike)]
    public partial Value Result { get; }
}
