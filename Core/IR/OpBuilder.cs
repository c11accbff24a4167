using Dialectic.Core.IR.Attributes;

namespace Dialectic.Core.IR;

/// <summary>
/// Creates operations at an insertion point: a block and the op to insert before (null: the block's end).
/// </summary>
public class OpBuilder
{
    public OpBuilder(Context context) => Context = context;

    public Context Context { get; }

    /// <summary>Told about every op this builder inserts and every block it creates; null: nobody listens.</summary>
    public OpBuilderListener? Listener { get; set; }

    public Block? InsertionBlock { get; private set; }

    /// <summary>The op new ops go before; null means the end of <see cref="InsertionBlock"/>.</summary>
    public Operation? InsertionPoint { get; private set; }

    public void SetInsertionPointToEnd(Block block)
    {
        InsertionBlock = block;
        InsertionPoint = null;
    }

    public void SetInsertionPointToStart(Block block)
    {
        InsertionBlock = block;
        InsertionPoint = block.FirstOp;
    }

    public void SetInsertionPoint(Operation op)
    {
        InsertionBlock = op.Block;
        InsertionPoint = op;
    }

    public void SetInsertionPointAfter(Operation op)
    {
        InsertionBlock = op.Block;
        InsertionPoint = op.NextOp;
    }

    public void ClearInsertionPoint()
    {
        InsertionBlock = null;
        InsertionPoint = null;
    }

    /// <summary>Inserts a detached op at the insertion point (if any) and returns it.</summary>
    public virtual Operation Insert(Operation op)
    {
        if (InsertionBlock == null)
            return op;
        InsertionBlock.InsertBefore(InsertionPoint, op);
        Listener?.NotifyOperationInserted(op, null, null);
        return op;
    }

    /// <summary>Creates an op from <paramref name="state"/> and inserts it.</summary>
    public Operation Create(OperationState state) => Insert(Operation.Create(state));

    /// <summary>Creates a block at the end of <paramref name="region"/> and moves the insertion point into it.</summary>
    public Block CreateBlock(Region region)
    {
        var b = new Block();
        region.Append(b);
        SetInsertionPointToEnd(b);
        Listener?.NotifyBlockInserted(b, null, null);
        return b;
    }

    /// <summary>A file location helper for builders in tests and tools.</summary>
    public LocationAttr UnknownLoc => Context.UnknownLoc;
}
