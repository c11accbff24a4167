namespace Dialectic.Core.IR;

/// <summary>
/// Operand <see cref="OperandNumber"/> of <see cref="Owner"/>: one link of its value's intrusive use list.
/// Setting <see cref="Value"/> moves the link to the new value's list in O(1).
/// </summary>
public sealed class OpOperand
{
    private Value _value;

    internal OpOperand(Operation owner, Value value)
    {
        Owner = owner;
        _value = value;
        value.AddUse(this);
    }

    public Operation Owner { get; }

    /// <summary>The index of this operand in its owner's operand list; O(operands), not stored (saves 8 bytes per use).</summary>
    public int OperandNumber
    {
        get
        {
            var operands = Owner.OpOperands;
            for (int i = 0; i < operands.Length; i++)
                if (ReferenceEquals(operands[i], this))
                    return i;
            return -1;
        }
    }

    /// <summary>The used value.</summary>
    public Value Value
    {
        get => _value;
        set => Set(value);
    }

    public OpOperand? NextUse { get; internal set; }
    internal OpOperand? PrevUse { get; set; }

    internal void Set(Value value)
    {
        if (ReferenceEquals(value, _value))
            return;
        _value.RemoveUse(this);
        _value = value;
        value.AddUse(this);
    }

    internal void Drop() => _value.RemoveUse(this);
}
