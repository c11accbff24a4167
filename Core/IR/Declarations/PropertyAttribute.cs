using System;

namespace Dialectic.Core.IR.Declarations;

/// <summary>
/// Marks a partial property as an inherent attribute (kept in the op's properties). The property type is the
/// attribute class it must be (<c>IntegerAttr</c>, <c>StringAttr</c>, <c>Attribute</c> for any); a nullable
/// type makes it optional.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class PropertyAttribute : System.Attribute
{
    /// <summary>The attribute name; default: the property name in snake_case.</summary>
    public string? Name { get; set; }

    /// <summary>
    /// The value when absent, in MLIR attribute syntax (<c>"0 : i64"</c>); the accessor returns it and the
    /// printer elides an attribute equal to it.
    /// </summary>
    public string? Default { get; set; }

    /// <summary>A further check: a <c>static bool Name(Attribute)</c> method of the op class.</summary>
    public string? ConstraintMethod { get; set; }

    /// <summary>The wording for <see cref="ConstraintMethod"/>
    /// (<c>attribute 'x' failed to satisfy constraint: {summary}</c>).</summary>
    public string? ConstraintSummary { get; set; }

    /// <summary>
    /// An <see cref="EnumAttrAttribute"/> enum stored in this <c>IntegerAttr</c> property (i64): the assembly format
    /// prints and parses it by its case keyword (<c>arith.cmpi slt, ...</c>).
    /// </summary>
    public System.Type? Enum { get; set; }

    /// <summary>
    /// The type an <c>IntegerAttr</c>/<c>FloatAttr</c> property's value must have, in MLIR syntax (<c>"i32"</c>,
    /// <c>"i64"</c>, <c>"index"</c>, <c>"f32"</c>; ODS <c>I32Attr</c>...): verified, and a format prints the value
    /// without its type and parses a bare literal into it (<c>memref.assume_alignment %m, 16</c>).
    /// </summary>
    public string? ValueType { get; set; }
}
