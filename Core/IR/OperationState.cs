using System.Collections.Generic;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Core.IR;

/// <summary>Everything needed to create an operation; filled by builders and parsers.</summary>
public sealed class OperationState
{
    public OperationState(LocationAttr location, OperationName name)
    {
        Location = location;
        Name = name;
    }

    public OperationState(LocationAttr location, string name) : this(location, location.Context.GetOperationName(name)) { }

    public LocationAttr Location { get; set; }
    public OperationName Name { get; set; }
    public List<Value> Operands { get; } = new();
    public List<Type> ResultTypes { get; } = new();
    public List<Block> Successors { get; } = new();

    /// <summary>Regions to attach; their blocks are moved into the new op.</summary>
    public List<Region> Regions { get; } = new();

    /// <summary>Discardable attributes (the trailing <c>{...}</c>).</summary>
    public List<NamedAttribute> Attributes { get; } = new();

    /// <summary>Inherent attributes (<c>&lt;{...}&gt;</c>); any attribute for unregistered ops.</summary>
    public Attribute? Properties { get; set; }

    /// <summary>Adds an empty region and returns it.</summary>
    public Region AddRegion()
    {
        var r = new Region();
        Regions.Add(r);
        return r;
    }

    public void AddAttribute(string name, Attribute value) => Attributes.Add(new NamedAttribute(name, value));

    /// <summary>Clears everything for reuse by a parser or builder (regions are replaced, not cleared).</summary>
    public void Reset(LocationAttr location, OperationName name)
    {
        Location = location;
        Name = name;
        Operands.Clear();
        ResultTypes.Clear();
        Successors.Clear();
        Regions.Clear();
        Attributes.Clear();
        Properties = null;
    }
}
