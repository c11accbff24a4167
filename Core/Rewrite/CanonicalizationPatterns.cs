using System;
using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite;

/// <summary>Gathers canonicalization patterns as MLIR's canonicalizer does when it initializes.</summary>
public static class CanonicalizationPatterns
{
    /// <summary>
    /// Adds to <paramref name="patterns"/> the dialect-wide patterns of every registered dialect (by namespace),
    /// then those of every registered op (by name), from <see cref="Dialect.GetCanonicalizationPatterns"/> and
    /// <see cref="OperationInfo.GetCanonicalizationPatterns"/>.
    /// </summary>
    public static void Collect(Context context, RewritePatternSet patterns)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(patterns);
        foreach (var dialect in context.Dialects)
            dialect.GetCanonicalizationPatterns(patterns);
        foreach (var name in FrozenRewritePatternSet.RegisteredOperations(context))
            name.Info?.GetCanonicalizationPatterns?.Invoke(patterns, context);
    }

    /// <summary>A new set with every canonicalization pattern of <paramref name="context"/>.</summary>
    public static RewritePatternSet Collect(Context context)
    {
        var patterns = new RewritePatternSet(context);
        Collect(context, patterns);
        return patterns;
    }
}
