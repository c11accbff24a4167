using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.TableGen.Tests.SampleDialect;

[Op("test", "return", Summary = "Returns values to the parent op")]
[Traits(OpTraits.Pure, OpTraits.IsTerminator, OpTraits.ReturnLike)]
[AssemblyFormat("attr-dict ($operands^ `:` type($operands))?")]
public sealed partial class ReturnOp : Operation
{
    [Operand]
    public partial System.ReadOnlySpan<OpOperand> Operands { get; }

    private bool Verify() => NumOperands <= 4 || EmitOpError("returns at most 4 values");
}
