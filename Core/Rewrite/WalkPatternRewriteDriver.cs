using System;
using System.Collections.Generic;
using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite;

/// <summary>
/// The lightest driver (MLIR's <c>walkAndApplyPatterns</c>): one post-order walk over the ops nested in an op (not
/// the op itself), applying the best matching pattern to each once. No folding, no dead code removal, no revisits
/// of changed or new ops. A pattern may erase or replace the op it is given and ops nested in it, but not ops the
/// walk has yet to reach outside of it.
/// </summary>
public static class WalkPatternRewriteDriver
{
    public static void WalkAndApplyPatterns(Operation op, FrozenRewritePatternSet patterns, RewriterListener? listener = null)
    {
        ArgumentNullException.ThrowIfNull(op);
        ArgumentNullException.ThrowIfNull(patterns);
        var rewriter = new PatternRewriter(op.Context, listener);
        var applicator = new PatternApplicator(patterns);
        // Frames: an op and the next of its nested ops to descend into (null once all are done). The next sibling is
        // taken before an op is visited, so visiting may erase it.
        var stack = new Stack<(Operation Op, Operation? Next)>();
        foreach (var region in op.Regions)
            for (var block = region.FirstBlock; block != null; block = block.NextBlock)
                for (var top = block.FirstOp; top != null;)
                {
                    var nextTop = top.NextOp;
                    stack.Push((top, NestedOps.First(top)));
                    while (stack.Count > 0)
                    {
                        var (current, next) = stack.Pop();
                        if (next == null)
                        {
                            applicator.MatchAndRewrite(current, rewriter);
                            continue;
                        }
                        stack.Push((current, NestedOps.Next(current, next)));
                        stack.Push((next, NestedOps.First(next)));
                    }
                    top = nextTop;
                }
    }
}
