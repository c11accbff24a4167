using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.mlir.poison</c>: a poison value of the result type.</summary>
[Op("llvm", "mlir.poison", Summary = "Creates poison value")]
[Traits(OpTraits.Pure)]
[AssemblyFormat("attr-dict `:` type($res)")]
public sealed partial class PoisonOp : Operation
{
    [Result(Name = "res")]
    public partial Value Res { get; }
}
