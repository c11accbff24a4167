using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.TableGen.Tests.SampleDialect;

[Op("arith", "select", Summary = "select operation")]
[Traits(OpTraits.Pure)]
[AllTypesMatch("true_value", "false_value", "result")]
[AssemblyFormat("$condition `,` $true_value `,` $false_value attr-dict `:` type($condition) `,` type($result)")]
public sealed partial class SelectOp : Operation
{
    [Operand(Constraint = TypeConstraint.BoolLike)]
    public partial Value Condition { get; }

    [Operand]
    public partial Value TrueValue { get; }

    [Operand]
    public partial Value FalseValue { get; }

    [Result]
    public partial Value Result { get; }
}
