using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.mlir.constant</c>: a constant of an LLVM-compatible type, from an integer, float, string or elements attribute.</summary>
[Op("llvm", "mlir.constant", Summary = "Defines a constant of LLVM type")]
[Traits(OpTraits.Pure, OpTraits.ConstantLike)]
[AssemblyFormat("`(` $value `)` attr-dict `:` type($res)")]
public sealed partial class ConstantOp : Operation
{
    [Property(Name = "value")]
    public partial Attribute Value { get; }

    [Result(Name = "res")]
    public partial Value Res { get; }

    private Core.IR.OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands) => Value;

    private bool Verify() => LlvmVerify.Constant(this, Value, Res.Type);
}
