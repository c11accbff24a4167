using System;
using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite;

/// <summary>
/// Restores a builder's insertion point when disposed (MLIR's <c>OpBuilder::InsertionGuard</c>):
/// <c>using var guard = new InsertionGuard(rewriter);</c>. If the saved insertion op has moved, the point follows
/// it; if it was the end of a block, it is that block's end again.
/// </summary>
public readonly struct InsertionGuard : IDisposable
{
    private readonly OpBuilder _builder;
    private readonly Block? _block;
    private readonly Operation? _point;

    public InsertionGuard(OpBuilder builder)
    {
        _builder = builder;
        _block = builder.InsertionBlock;
        _point = builder.InsertionPoint;
    }

    public void Dispose()
    {
        if (_builder == null)
            return;
        if (_block == null)
            _builder.ClearInsertionPoint();
        else if (_point != null)
            _builder.SetInsertionPoint(_point);
        else
            _builder.SetInsertionPointToEnd(_block);
    }
}
