using Dialectic.Core.IR.Attributes;

namespace Dialectic.Core.IR;

/// <summary>Argument <see cref="ArgNumber"/> of <see cref="Owner"/>, with its own location.</summary>
public sealed class BlockArgument : Value
{
    internal BlockArgument(Block owner, int index, Type type, LocationAttr location) : base(type)
    {
        Owner = owner;
        ArgNumber = index;
        ArgLocation = location;
    }

    public Block Owner { get; }
    public int ArgNumber { get; internal set; }

    /// <summary>The argument's own location (printed after its type with debug info).</summary>
    public LocationAttr ArgLocation { get; set; }

    public override Operation? DefiningOp => null;
    public override Block ParentBlock => Owner;
    public override LocationAttr Location => ArgLocation;
}
