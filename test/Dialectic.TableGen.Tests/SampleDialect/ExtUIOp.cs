using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;

namespace Dialectic.TableGen.Tests.SampleDialect;

[Op("arith", "extui", Summary = "integer zero extension operation")]
[Traits(OpTraits.Pure, OpTraits.SameOperandsAndResultShape)]
[AssemblyFormat("$in attr-dict `:` type($in) `to` type($out)")]
public sealed partial class ExtUIOp : Operation
{
    [Operand(Constraint = TypeConstraint.SignlessFixedWidthIntegerLike)]
    public partial Value In { get; }

    [Result(Constraint = TypeConstraint.SignlessFixedWidthIntegerLike)]
    public partial Value Out { get; }

    // Hand-written part of the verifier, run after the generated checks.
    private bool Verify()
    {
        if (Element(In.Type) is IntegerType from && Element(Out.Type) is IntegerType to && to.Width > from.Width)
            return true;
        return EmitOpError($"operand type '{In.Type}' and result type '{Out.Type}' are cast incompatible");
    }

    private static Type Element(Type type) => type is ShapedType shaped ? shaped.ElementType : type;
}
