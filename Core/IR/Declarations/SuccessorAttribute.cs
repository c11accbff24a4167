using System;

namespace Dialectic.Core.IR.Declarations;

/// <summary>
/// Marks a partial property as a successor, in declaration order: type <c>Block</c>, or
/// <c>IReadOnlyList&lt;Block&gt;</c> for a variadic group.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class SuccessorAttribute : System.Attribute
{
    /// <summary>The name in the assembly format; default: the property name in camelCase.</summary>
    public string? Name { get; set; }
}
