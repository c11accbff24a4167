using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite;

/// <summary>
/// The rewriter patterns receive (MLIR's <c>PatternRewriter</c>). Drivers position it right before the matched op
/// and listen to it. Not sealed: dialect conversion extends it.
/// </summary>
public class PatternRewriter : RewriterBase
{
    public PatternRewriter(Context context, RewriterListener? listener = null) : base(context, listener) { }

    /// <summary>True when a failed pattern's partial changes can be rolled back (dialect conversion); a pattern
    /// must otherwise fail before changing anything.</summary>
    public virtual bool CanRecoverFromRewriteFailure => false;
}
