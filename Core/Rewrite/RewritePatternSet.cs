using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite;

/// <summary>
/// Patterns being collected for a driver (MLIR's <c>RewritePatternSet</c>); freeze them with
/// <see cref="FrozenRewritePatternSet"/> before applying. Order of addition breaks ties between equal benefits.
/// </summary>
public sealed class RewritePatternSet
{
    private readonly List<RewritePattern> _patterns = new();

    public RewritePatternSet(Context context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Context = context;
    }

    public Context Context { get; }

    public IReadOnlyList<RewritePattern> Patterns => _patterns;

    public int Count => _patterns.Count;

    public RewritePatternSet Add(RewritePattern pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        _patterns.Add(pattern);
        return this;
    }

    /// <summary>Adds a new <typeparamref name="TPattern"/>, built by its constructor taking the <see cref="Context"/>.</summary>
    public RewritePatternSet Add<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TPattern>()
        where TPattern : RewritePattern
    {
        var pattern = Activator.CreateInstance(typeof(TPattern), Context) as TPattern
            ?? throw new InvalidOperationException($"'{typeof(TPattern).Name}' could not be created from a Context");
        return Add(pattern);
    }

    /// <summary>
    /// Adds a pattern on <typeparamref name="TOp"/> that calls <paramref name="matchAndRewrite"/> (MLIR's
    /// <c>add(LogicalResult (*)(OpTy, PatternRewriter &amp;))</c>, used for ODS <c>hasCanonicalizeMethod</c>).
    /// </summary>
    public RewritePatternSet Add<[DynamicallyAccessedMembers(Operation.ClassMembers)] TOp>(
        Func<TOp, PatternRewriter, bool> matchAndRewrite, PatternBenefit? benefit = null, string? debugName = null)
        where TOp : Operation
    {
        ArgumentNullException.ThrowIfNull(matchAndRewrite);
        var pattern = new FunctionalOpPattern<TOp>(Context, benefit ?? 1, matchAndRewrite);
        pattern.DebugName = debugName ?? typeof(TOp).Name + "." + matchAndRewrite.Method.Name;
        return Add(pattern);
    }

    /// <summary>Moves every pattern of <paramref name="other"/> into this set.</summary>
    public RewritePatternSet Add(RewritePatternSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ReferenceEquals(other, this))
            return this;
        _patterns.AddRange(other._patterns);
        other._patterns.Clear();
        return this;
    }

    public void Clear() => _patterns.Clear();

    private sealed class FunctionalOpPattern<[DynamicallyAccessedMembers(Operation.ClassMembers)] TOp>(
        Context context, PatternBenefit benefit, Func<TOp, PatternRewriter, bool> function)
        : OpRewritePattern<TOp>(context, benefit) where TOp : Operation
    {
        public override bool MatchAndRewrite(TOp op, PatternRewriter rewriter) => function(op, rewriter);
    }
}
