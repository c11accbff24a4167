using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.TableGen.Tests.SampleDialect;

/// <summary>A group led by an optional i32 enum keyword, then one anchored on a dialect enum attribute.</summary>
[Op("arith", "truncf", Summary = "cast from floating-point to narrower floating-point")]
[Traits(OpTraits.Pure, OpTraits.SameOperandsAndResultShape)]
[AssemblyFormat("$in ($roundingmode^)? (`fastmath` `` $fastmath^)? attr-dict `:` type($in) `to` type($out)")]
public sealed partial class TruncFOp : Operation
{
    [Operand(Constraint = TypeConstraint.FloatLike)]
    public partial Value In { get; }

    [Result(Constraint = TypeConstraint.FloatLike)]
    public partial Value Out { get; }

    [Property(Enum = typeof(RoundingMode))]
    public partial IntegerAttr? Roundingmode { get; }

    [Property]
    public partial FastMathFlagsAttr? Fastmath { get; }
}
