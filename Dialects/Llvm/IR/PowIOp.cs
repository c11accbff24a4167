using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.intr.powi</c>: a float raised to an integer power (`llvm.powi`).</summary>
[Op("llvm", "intr.powi", Summary = "LLVM intrinsic llvm.powi")]
[Traits(OpTraits.Pure)]
[AssemblyFormat("`(` $val `,` $power `)` attr-dict `:` functional-type(operands, results)")]
public sealed partial class PowIOp : Operation
{
    [Operand(Name = "val", ConstraintMethod = nameof(IsFloatLike), ConstraintSummary = "floating point LLVM type or LLVM dialect-compatible vector of floating point LLVM type")]
    public partial Value Val { get; }

    [Operand(Name = "power", ConstraintMethod = nameof(IsIntLike), ConstraintSummary = "signless integer or LLVM dialect-compatible vector of signless integer")]
    public partial Value Power { get; }

    [Result(Name = "res", ConstraintMethod = nameof(IsFloatLike), ConstraintSummary = "floating point LLVM type or LLVM dialect-compatible vector of floating point LLVM type")]
    public partial Value Res { get; }

    /// <summary>The fast-math flags; none by default.</summary>
    [Property(Name = "fastmathFlags", Default = "#llvm.fastmath<none>")]
    public partial FastmathFlagsAttr FastmathFlags { get; }

    private static bool IsFloatLike(Type type) => LlvmConstraints.IsFloatLike(type);

    private static bool IsIntLike(Type type) => LlvmConstraints.IsIntLike(type);
}
