using Dialectic.Core.IR;
using Dialectic.Core.Rewrite;

namespace Dialectic.Dialects.Tests.Pdll;

/// <summary>Forwards to a pattern and counts its successful applications.</summary>
internal sealed class CountingPattern : RewritePattern
{
    private readonly RewritePattern _inner;

    public CountingPattern(RewritePattern inner) : base(inner.RootKind?.Name, inner.Benefit, inner.Context)
    {
        _inner = inner;
        DebugName = inner.DebugName;
    }

    public int Applications { get; private set; }

    public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
    {
        if (!_inner.MatchAndRewrite(op, rewriter))
            return false;
        Applications++;
        return true;
    }
}
