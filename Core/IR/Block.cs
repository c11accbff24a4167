using System;
using System.Collections.Generic;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Core.IR;

/// <summary>
/// A basic block: arguments and an intrusive doubly-linked list of operations. Also the head of the list of
/// predecessor edges (<see cref="BlockOperand"/>s of terminators that branch here).
/// </summary>
public sealed class Block
{
    private readonly List<BlockArgument> _arguments = new();
    private BlockOperand? _firstUse;
    private bool _orderValid;

    // Printer scratch state (see Syntax.SsaNameState).
    internal int AsmEpoch;
    internal int AsmId;

    public Block() { }

    /// <summary>The region containing this block, or null when detached.</summary>
    public Region? Parent { get; internal set; }

    /// <summary>The op whose region contains this block.</summary>
    public Operation? ParentOp => Parent?.ParentOp;

    public Block? PrevBlock { get; internal set; }
    public Block? NextBlock { get; internal set; }

    public Operation? FirstOp { get; internal set; }
    public Operation? LastOp { get; internal set; }

    public bool IsEmpty => FirstOp == null;

    public IReadOnlyList<BlockArgument> Arguments => _arguments;

    public int NumArguments => _arguments.Count;

    public BlockArgument GetArgument(int i) => _arguments[i];

    /// <summary>True when this is the first block of its region.</summary>
    public bool IsEntryBlock => Parent != null && ReferenceEquals(Parent.FirstBlock, this);

    public BlockArgument AddArgument(Type type, LocationAttr location)
    {
        var arg = new BlockArgument(this, _arguments.Count, type, location);
        _arguments.Add(arg);
        return arg;
    }

    /// <summary>Removes argument <paramref name="index"/>, which must have no uses.</summary>
    public void EraseArgument(int index)
    {
        if (!_arguments[index].UseEmpty)
            throw new InvalidOperationException("erasing a block argument that still has uses");
        _arguments.RemoveAt(index);
        for (int i = index; i < _arguments.Count; i++)
            _arguments[i].ArgNumber = i;
    }

    /// <summary>The operations in order; safe against erasing the current op while iterating.</summary>
    public IEnumerable<Operation> Operations
    {
        get
        {
            for (var op = FirstOp; op != null;)
            {
                var next = op.NextOp;
                yield return op;
                op = next;
            }
        }
    }

    /// <summary>The last op, if it is a registered terminator (or any op, when unregistered).</summary>
    public Operation? Terminator => LastOp;

    /// <summary>Appends <paramref name="op"/>, which must be detached.</summary>
    public void Append(Operation op) => InsertBefore(null, op);

    /// <summary>Inserts detached <paramref name="op"/> before <paramref name="before"/> (null: at the end).</summary>
    public void InsertBefore(Operation? before, Operation op)
    {
        if (op.Block != null)
            throw new InvalidOperationException("operation is already in a block");
        op.Block = this;
        if (before == null)
        {
            op.PrevOp = LastOp;
            op.NextOp = null;
            if (LastOp != null)
                LastOp.NextOp = op;
            else
                FirstOp = op;
            LastOp = op;
            if (_orderValid)
                op.OrderIndex = op.PrevOp == null ? 0 : op.PrevOp.OrderIndex + 1;
        }
        else
        {
            op.NextOp = before;
            op.PrevOp = before.PrevOp;
            if (before.PrevOp != null)
                before.PrevOp.NextOp = op;
            else
                FirstOp = op;
            before.PrevOp = op;
            _orderValid = false;
        }
    }

    /// <summary>Unlinks <paramref name="op"/> from this block without destroying it.</summary>
    internal void Unlink(Operation op)
    {
        if (op.PrevOp != null)
            op.PrevOp.NextOp = op.NextOp;
        else
            FirstOp = op.NextOp;
        if (op.NextOp != null)
            op.NextOp.PrevOp = op.PrevOp;
        else
            LastOp = op.PrevOp;
        op.PrevOp = op.NextOp = null;
        op.Block = null;
    }

    /// <summary>
    /// True when <paramref name="a"/> comes before <paramref name="b"/> (both in this block). Average O(1):
    /// order indices are recomputed, O(N) in the block's size, only after an insertion in the middle.
    /// </summary>
    public bool IsBefore(Operation a, Operation b)
    {
        if (!_orderValid)
        {
            int i = 0;
            for (var op = FirstOp; op != null; op = op.NextOp)
                op.OrderIndex = i++;
            _orderValid = true;
        }
        return a.OrderIndex < b.OrderIndex;
    }

    // ---- predecessors ----

    internal void AddUse(BlockOperand use)
    {
        use.NextUse = _firstUse;
        use.PrevUse = null;
        if (_firstUse != null)
            _firstUse.PrevUse = use;
        _firstUse = use;
    }

    internal void RemoveUse(BlockOperand use)
    {
        if (use.PrevUse != null)
            use.PrevUse.NextUse = use.NextUse;
        else
            _firstUse = use.NextUse;
        if (use.NextUse != null)
            use.NextUse.PrevUse = use.PrevUse;
        use.NextUse = use.PrevUse = null;
    }

    /// <summary>The first predecessor edge, or null; follow <see cref="BlockOperand.NextUse"/>.</summary>
    public BlockOperand? FirstUse => _firstUse;

    public bool HasNoPredecessors => _firstUse == null;

    /// <summary>The predecessor blocks, one per edge (a block branching here twice appears twice).</summary>
    public IEnumerable<Block> Predecessors
    {
        get
        {
            for (var u = _firstUse; u != null; u = u.NextUse)
                if (u.Owner.Block != null)
                    yield return u.Owner.Block;
        }
    }

    /// <summary>The predecessor when exactly one edge leads here, else null.</summary>
    public Block? SinglePredecessor => _firstUse != null && _firstUse.NextUse == null ? _firstUse.Owner.Block : null;

    /// <summary>Successors of this block's terminator.</summary>
    public IReadOnlyList<BlockOperand> Successors => LastOp?.SuccessorOperands ?? [];
}
