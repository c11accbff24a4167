using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.bitcast</c>: reinterprets the bits of a value as another type of the same size.</summary>
[Op("llvm", "bitcast", Summary = "LLVM bitcast operation")]
[Traits(OpTraits.Pure)]
[AssemblyFormat("$arg attr-dict `:` type($arg) `to` type($res)")]
public sealed partial class BitcastOp : Operation
{
    [Operand(Name = "arg")]
    public partial Value Arg { get; }

    [Result(Name = "res")]
    public partial Value Res { get; }
}
