using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.mlir.undef</c>: an undefined value of the result type.</summary>
[Op("llvm", "mlir.undef", Summary = "Creates undef value")]
[Traits(OpTraits.Pure)]
[AssemblyFormat("attr-dict `:` type($res)")]
public sealed partial class UndefOp : Operation
{
    [Result(Name = "res")]
    public partial Value Res { get; }
}
