using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite;

/// <summary>An op's <c>GetCanonicalizationPatterns</c> (ODS's <c>hasCanonicalizer</c>): adds the patterns
/// canonicalizing it to <paramref name="patterns"/>.</summary>
public delegate void OpCanonicalizationPatternsHook(RewritePatternSet patterns, Context context);
