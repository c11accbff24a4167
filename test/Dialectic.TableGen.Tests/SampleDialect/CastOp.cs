using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.TableGen.Tests.SampleDialect;

[Op("test", "cast", Summary = "Reinterprets a value as another type")]
[Traits(OpTraits.Pure)]
[AssemblyFormat("$input attr-dict `:` type($input) `to` type($output)")]
public sealed partial class CastOp : Operation
{
    [Operand]
    public partial Value Input { get; }

    [Result]
    public partial OpResult Output { get; }
}
