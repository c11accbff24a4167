using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.Index;

/// <summary>
/// <c>index.sizeof</c>: the width of <c>index</c> in bits on the target (32 or 64), unknown until lowering.
/// </summary>
[Op("index", "sizeof", Summary = "size in bits of the index type",
    Description = "Produces the width of the `index` type in bits as an index value: 32 on 32-bit targets, "
        + "64 on 64-bit ones: `%0 = index.sizeof`.")]
[Traits(OpTraits.Pure)]
[AssemblyFormat("attr-dict")]
public sealed partial class SizeOfOp : Operation
{
    [Result(Constraint = TypeConstraint.Index)]
    public partial Value Result { get; }
}
