using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.TableGen.Tests.SampleDialect;

[Op("test", "call", Summary = "Calls a symbol")]
[AssemblyFormat("$callee `(` $args `)` attr-dict `:` functional-type($args, results)")]
public sealed partial class CallOp : Operation
{
    [Property]
    public partial SymbolRefAttr Callee { get; }

    [Property(Default = "0 : i64")]
    public partial IntegerAttr Priority { get; }

    [Operand]
    public partial System.ReadOnlySpan<OpOperand> Args { get; }

    [Result]
    public partial System.ReadOnlySpan<OpResult> Outputs { get; }
}
