using Dialectic.Core.IR.Attributes;

namespace Dialectic.Core.IR;

/// <summary>Result <see cref="ResultNumber"/> of <see cref="Owner"/>.</summary>
public sealed class OpResult : Value
{
    internal OpResult(Operation owner, int index, Type type) : base(type)
    {
        Owner = owner;
        ResultNumber = index;
    }

    public Operation Owner { get; }
    public int ResultNumber { get; }

    public override Operation DefiningOp => Owner;
    public override Block? ParentBlock => Owner.Block;
    public override LocationAttr Location => Owner.Location;
}
