using System;

namespace Dialectic.Core.IR.Declarations;

/// <summary>
/// Marks a partial property as a region, in declaration order: type <c>Region</c>, or
/// <c>IReadOnlyList&lt;Region&gt;</c> for a variadic group.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class RegionAttribute : System.Attribute
{
    /// <summary>Exact number of blocks (ODS <c>SizedRegion&lt;N&gt;</c>); 0: any.</summary>
    public int Blocks { get; set; }

    /// <summary>The name in the assembly format and messages; default: the property name in camelCase.</summary>
    public string? Name { get; set; }
}
