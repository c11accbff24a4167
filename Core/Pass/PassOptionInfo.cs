using System.Collections.Generic;
using System.Reflection;

namespace Dialectic.Core.Pass;

/// <summary>One option of a pass options record: its name, help, value kind and the property holding it.</summary>
public sealed class PassOptionInfo
{
    internal PassOptionInfo(string name, string description, PassOptionKind kind, bool isList, System.Type elementType,
        PropertyInfo property, IReadOnlyList<PassOptionEnumValue> enumValues)
    {
        Name = name;
        Description = description;
        Kind = kind;
        IsList = isList;
        ElementType = elementType;
        Property = property;
        EnumValues = enumValues;
    }

    public string Name { get; }
    public string Description { get; }
    public PassOptionKind Kind { get; }

    /// <summary>True for a comma-separated list option.</summary>
    public bool IsList { get; }

    /// <summary>The CLR type of the value (of each element, for a list).</summary>
    public System.Type ElementType { get; }

    /// <summary>The property of the options record.</summary>
    public PropertyInfo Property { get; }

    /// <summary>The accepted spellings of an enum option, in declaration order; empty for other kinds.</summary>
    public IReadOnlyList<PassOptionEnumValue> EnumValues { get; }

    /// <summary>The value placeholder of <c>--help</c> (<c>&lt;int&gt;</c>, <c>&lt;string&gt;</c>...); empty for a
    /// scalar bool, which takes no value.</summary>
    public string ValuePlaceholder => Kind switch
    {
        PassOptionKind.Bool => IsList ? "<bool>" : "",
        PassOptionKind.Int32 => "<int>",
        PassOptionKind.Int64 => "<long>",
        PassOptionKind.UInt32 => "<uint>",
        PassOptionKind.UInt64 => "<ulong>",
        PassOptionKind.Double => "<number>",
        PassOptionKind.String => "<string>",
        _ => "<value>",
    };
}
