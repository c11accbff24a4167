using System;

namespace Dialectic.Core.Pass;

/// <summary>
/// Names an enum member as a pass option value; without it the member's name in kebab-case is used
/// (<c>TopDown</c> is <c>top-down</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false)]
public sealed class PassOptionValueAttribute : System.Attribute
{
    public PassOptionValueAttribute(string name, string description = "")
    {
        Name = name;
        Description = description;
    }

    /// <summary>The value's spelling in textual pipelines.</summary>
    public string Name { get; }

    /// <summary>One line shown by <c>--help</c>.</summary>
    public string Description { get; }
}
