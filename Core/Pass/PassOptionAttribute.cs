using System;

namespace Dialectic.Core.Pass;

/// <summary>
/// Marks a property of a pass options record as the option <see cref="Name"/> (kebab-case, as written in
/// <c>pass{name=value}</c>). Supported property types: <c>bool</c>, <c>int</c>, <c>long</c>, <c>uint</c>,
/// <c>ulong</c>, <c>double</c>, <c>string</c>, enums, and arrays or <c>IReadOnlyList</c>s of those (comma
/// separated lists).
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class PassOptionAttribute : System.Attribute
{
    public PassOptionAttribute(string name, string description)
    {
        Name = name;
        Description = description;
    }

    /// <summary>The option's name in textual pipelines and on the command line.</summary>
    public string Name { get; }

    /// <summary>One line shown by <c>--help</c>.</summary>
    public string Description { get; }
}
