using System.Collections.Generic;
using Dialectic.Core.Interfaces;
using Dialectic.Core.IR;

namespace Dialectic.Dialects.Scf;

// MLIR's LoopLikeOpInterface on scf.while: both the condition ("before") and body ("after") regions are loop
// regions; hoisting uses the interface defaults.
public sealed partial class WhileOp : ILoopLikeOp
{
    /// <summary>The before and after regions, in that order.</summary>
    public IReadOnlyList<Region> LoopRegions => [Before, After];
}
