using System.Collections.Generic;
using Dialectic.Core.Interfaces;
using Dialectic.Core.IR;

namespace Dialectic.Dialects.Scf;

// MLIR's LoopLikeOpInterface on this op: the body region is the loop; hoisting uses the interface defaults.
public sealed partial class ForallOp : ILoopLikeOp
{
    /// <summary>The body, run once per iteration.</summary>
    public IReadOnlyList<Region> LoopRegions => [Body];
}
