using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite;

/// <summary>A rewriter for code outside patterns (passes, utilities) that wants listener-aware edits (MLIR's
/// <c>IRRewriter</c>).</summary>
public sealed class IRRewriter : RewriterBase
{
    public IRRewriter(Context context, RewriterListener? listener = null) : base(context, listener) { }

    /// <summary>A rewriter sharing <paramref name="builder"/>'s context, insertion point and listener.</summary>
    public IRRewriter(OpBuilder builder) : base(builder.Context)
    {
        Listener = builder.Listener;
        if (builder.InsertionBlock is { } block)
        {
            if (builder.InsertionPoint is { } point)
                SetInsertionPoint(point);
            else
                SetInsertionPointToEnd(block);
        }
    }
}
