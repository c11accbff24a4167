using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary>
/// <c>llvm.intr.is.fpclass</c>: tests a float (or each lane of a vector) against the class mask <c>bit</c>
/// (`llvm.is.fpclass`: bits for signalling/quiet NaN, infinities, normals, subnormals and zeros by sign); the
/// result is i1 or a vector of i1. The op has no custom syntax.
/// </summary>
[Op("llvm", "intr.is.fpclass", Summary = "LLVM intrinsic llvm.is.fpclass")]
[Traits(OpTraits.Pure)]
public sealed partial class IsFPClassOp : Operation
{
    [Operand(Name = "in", ConstraintMethod = nameof(IsFloatLike), ConstraintSummary = "floating point LLVM type or LLVM dialect-compatible vector of floating point LLVM type")]
    public partial Value In { get; }

    /// <summary>The test's outcome; like upstream, its type is not checked (i1 or a vector of i1 in practice).</summary>
    [Result(Name = "res")]
    public partial Value Res { get; }

    [Property(Name = "bit", ValueType = "i32")]
    public partial IntegerAttr Bit { get; }

    private static bool IsFloatLike(Type type) => LlvmConstraints.IsFloatLike(type);
}
