using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;

namespace Sample.Arith;

[DialectOperations("arith")]
public sealed partial class ArithDialect : Dialect
{
    public ArithDialect(Context context) : base(context, "arith") { }

    protected override void Initialize() => RegisterOperations();
}

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

[Op("arith", "select", Summary = "select operation")]
[AllTypesMatch("true_value", "false_value", "result")]
[Traits(OpTraits.Pure)]
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
