using System.Collections.Generic;
using Dialectic.Core.IR;

namespace Dialectic.Core.Interfaces;

/// <summary>
/// MLIR's <c>LoopLikeOpInterface</c> (the part loop-invariant code motion needs), implemented by op classes:
/// <c>public sealed partial class ForOp : ILoopLikeOp</c>. The defaults treat the op as the loop: a value is
/// defined outside when its defining region is not under the op, and hoisting moves an op just before the loop.
/// </summary>
public interface ILoopLikeOp
{
    /// <summary>The regions that form the loop body (executed once per iteration), in region order.</summary>
    IReadOnlyList<Region> LoopRegions { get; }

    /// <summary>True when <paramref name="value"/> is defined outside the loop (not in any region of the op).</summary>
    bool IsDefinedOutsideOfLoop(Value value)
    {
        var loop = (Operation)this;
        var owner = value.ParentBlock?.ParentOp;
        return owner == null || !loop.IsAncestorOf(owner);
    }

    /// <summary>Moves <paramref name="op"/>, a loop-invariant op of a loop region, just before the loop.</summary>
    void MoveOutOfLoop(Operation op) => op.MoveBefore((Operation)this);
}
