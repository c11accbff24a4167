using System;
using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite;

/// <summary>
/// Tries the patterns of a frozen set on one op (MLIR's <c>PatternApplicator</c>): the op's own patterns and the
/// any-op patterns interleaved by decreasing benefit (an op-specific pattern wins a tie), until one succeeds.
/// The rewriter's insertion point is set right before the op for each attempt.
/// </summary>
public sealed class PatternApplicator
{
    public PatternApplicator(FrozenRewritePatternSet patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        Patterns = patterns;
    }

    public FrozenRewritePatternSet Patterns { get; }

    /// <summary>
    /// Applies the best matching pattern to <paramref name="op"/>; true when one succeeded.
    /// <paramref name="canApply"/> may veto a pattern before it runs; <paramref name="onFailure"/> hears about each
    /// pattern that did not apply; <paramref name="onSuccess"/> may turn a success into a failure by returning
    /// false (the IR is not restored: only for bookkeeping).
    /// </summary>
    public bool MatchAndRewrite(Operation op, PatternRewriter rewriter, Func<RewritePattern, bool>? canApply = null,
        Action<RewritePattern>? onFailure = null, Func<RewritePattern, bool>? onSuccess = null)
    {
        var specific = Patterns.GetPatterns(op.Name);
        var any = Patterns.AnyOpPatterns;
        int si = 0, ai = 0;
        while (true)
        {
            RewritePattern? best = null;
            bool fromAny = false;
            if (si < specific.Length)
                best = specific[si];
            if (ai < any.Length && (best == null || best.Benefit < any[ai].Benefit))
            {
                best = any[ai];
                fromAny = true;
            }
            if (best == null)
                return false;
            if (fromAny)
                ai++;
            else
                si++;
            if (canApply != null && !canApply(best))
                continue;
            if (op.Block != null)
                rewriter.SetInsertionPoint(op);
            else
                rewriter.ClearInsertionPoint();
            bool ok = best.MatchAndRewrite(op, rewriter);
            if (ok && onSuccess != null && !onSuccess(best))
                ok = false;
            if (ok)
                return true;
            onFailure?.Invoke(best);
        }
    }
}
