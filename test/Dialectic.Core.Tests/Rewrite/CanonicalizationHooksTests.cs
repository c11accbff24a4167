using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.Rewrite;
using Xunit;

namespace Dialectic.Core.Tests.Rewrite;

/// <summary>Gathering canonicalization patterns from dialects and ops, as the canonicalizer does.</summary>
public sealed class CanonicalizationHooksTests
{
    [Fact]
    public void CollectGathersDialectThenOpPatterns()
    {
        var context = RewriteTestSupport.NewContext(out var dialect);
        var patterns = CanonicalizationPatterns.Collect(context);
        var names = new List<string>();
        foreach (var p in patterns.Patterns)
            names.Add(p.DebugName);
        Assert.Equal(["dialect-canonical", "alloc-canonical"], names);
        Assert.Equal(1, dialect.CanonicalizationCalls);
        Assert.True(context.GetOperationName("rt.alloc").Info!.HasCanonicalizer);
        Assert.False(context.GetOperationName("rt.add").Info!.HasCanonicalizer);
        // Filtered like the canonicalizer's disable-patterns.
        var frozen = new FrozenRewritePatternSet(patterns, ["alloc-canonical"]);
        Assert.Single(frozen.Patterns);
    }
}
