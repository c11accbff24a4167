using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.mlir.addressof</c>: the address of a global or function, a pointer.</summary>
[Op("llvm", "mlir.addressof", Summary = "Creates a pointer pointing to a global, alias or a function")]
[Traits(OpTraits.Pure)]
[AssemblyFormat("$global_name attr-dict `:` qualified(type($res))")]
public sealed partial class AddressOfOp : Operation
{
    [Property(Name = "global_name")]
    public partial SymbolRefAttr GlobalName { get; }

    [Result(Name = "res", ConstraintMethod = nameof(IsPtrLike), ConstraintSummary = "LLVM pointer type or LLVM dialect-compatible vector of LLVM pointer type")]
    public partial Value Res { get; }

    private static bool IsPtrLike(Type type) => LlvmConstraints.IsPtrLike(type);

    private bool Verify() => LlvmVerify.AddressOf(this, GlobalName, Res.Type);
}
