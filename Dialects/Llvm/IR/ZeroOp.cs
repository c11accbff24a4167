using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.mlir.zero</c>: the zero value of the result type (null for pointers, zeroinitializer for aggregates).</summary>
[Op("llvm", "mlir.zero", Summary = "Creates zero value")]
[Traits(OpTraits.Pure, OpTraits.ConstantLike)]
[AssemblyFormat("attr-dict `:` type($res)")]
public sealed partial class ZeroOp : Operation
{
    [Result(Name = "res")]
    public partial Value Res { get; }

    // A constant #llvm.zero (of the result type), so canonicalization uniques and hoists it as MLIR does.
    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands) => ZeroAttr.Get(Context);
}
