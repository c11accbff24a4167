namespace Dialectic.Core.IR;

/// <summary>
/// Hears about IR that an <see cref="OpBuilder"/> creates or moves (MLIR's <c>OpBuilder::Listener</c>). Rewriters
/// extend it with modification, replacement and erasure notifications (<c>Rewrite.RewriterListener</c>).
/// </summary>
public abstract class OpBuilderListener
{
    /// <summary>
    /// <paramref name="op"/> was inserted into a block. <paramref name="previousBlock"/> is null for a new op;
    /// for a moved op it is the block it came from and <paramref name="previousNext"/> the op it preceded there
    /// (null: it was last).
    /// </summary>
    public virtual void NotifyOperationInserted(Operation op, Block? previousBlock, Operation? previousNext) { }

    /// <summary>
    /// <paramref name="block"/> was inserted into a region. <paramref name="previousRegion"/> is null for a new
    /// block; for a moved block it is the region it came from and <paramref name="previousNext"/> the block it
    /// preceded there (null: it was last).
    /// </summary>
    public virtual void NotifyBlockInserted(Block block, Region? previousRegion, Block? previousNext) { }
}
