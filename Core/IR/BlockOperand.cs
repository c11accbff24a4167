namespace Dialectic.Core.IR;

/// <summary>
/// Successor <see cref="SuccessorIndex"/> of a terminator: one link in the target block's intrusive list of
/// predecessor edges.
/// </summary>
public sealed class BlockOperand
{
    private Block _target;

    internal BlockOperand(Operation owner, int index, Block target)
    {
        Owner = owner;
        SuccessorIndex = index;
        _target = target;
        target.AddUse(this);
    }

    public Operation Owner { get; }
    public int SuccessorIndex { get; }

    public Block Target
    {
        get => _target;
        set
        {
            if (ReferenceEquals(value, _target))
                return;
            _target.RemoveUse(this);
            _target = value;
            value.AddUse(this);
        }
    }

    public BlockOperand? NextUse { get; internal set; }
    internal BlockOperand? PrevUse { get; set; }

    internal void Drop() => _target.RemoveUse(this);
}
