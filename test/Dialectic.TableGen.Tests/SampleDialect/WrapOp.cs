using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.TableGen.Tests.SampleDialect;

[Op("test", "wrap", Summary = "A region with an optional bound")]
[AssemblyFormat("(`bound` $bound^ `:` type($bound))? (`unrolled` $unrolled^)? $body attr-dict `:` type($result)")]
public sealed partial class WrapOp : Operation
{
    [Operand(Constraint = TypeConstraint.Index)]
    public partial Value? Bound { get; }

    [Property]
    public partial UnitAttr? Unrolled { get; }

    [Result(Constraint = TypeConstraint.AnyFloat)]
    public partial Value Result { get; }

    [Region(Blocks = 1)]
    public partial Region Body { get; }
}
