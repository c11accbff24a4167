using System;

namespace Dialectic.Core.IR.Declarations;

/// <summary>
/// Declares a <c>[Flags]</c> enum as a bit enum with a dialect attribute (ODS <c>I32BitEnumAttr</c> +
/// <c>EnumAttr</c>): <c>#arith.overflow&lt;nsw, nuw&gt;</c>. Cases carry <see cref="EnumCaseAttribute"/>; a zero
/// case prints for no bits, cases covering several bits (<c>fast</c>) print first when all their bits are set.
/// The generator emits <c>{Enum}Syntax</c> and the attribute class <c>{Enum}Attr</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Enum, Inherited = false)]
public sealed class BitEnumAttrAttribute : System.Attribute
{
    public BitEnumAttrAttribute(string dialect, string name)
    {
        Dialect = dialect;
        Name = name;
    }

    /// <summary>The dialect namespace (<c>arith</c>).</summary>
    public string Dialect { get; }

    /// <summary>The enum's name in the dialect (<c>overflow_flags</c>).</summary>
    public string Name { get; }

    /// <summary>The attribute mnemonic (<c>overflow</c> in <c>#arith.overflow&lt;...&gt;</c>).</summary>
    public string? Mnemonic { get; set; }

    /// <summary>What joins the cases when printing: <c>", "</c> (overflow) or <c>","</c> (fastmath).</summary>
    public string Separator { get; set; } = ", ";

    /// <summary>The ODS summary of the enum attribute (<c>"Floating point fast math flags"</c>): the constraint
    /// wording when a property of the attribute class holds something else.</summary>
    public string? Summary { get; set; }
}
