using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.TableGen.Tests.SampleDialect;

[Op("arith", "cmpi", Summary = "integer comparison operation")]
[Traits(OpTraits.Pure)]
[AllTypesMatch("lhs", "rhs")]
[AssemblyFormat("$predicate `,` $lhs `,` $rhs attr-dict `:` type($lhs)")]
public sealed partial class CmpIOp : Operation
{
    [Property(Enum = typeof(CmpIPredicate))]
    public partial IntegerAttr Predicate { get; }

    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.I1)]
    public partial Value Result { get; }
}
