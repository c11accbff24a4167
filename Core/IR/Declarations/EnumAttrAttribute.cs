using System;

namespace Dialectic.Core.IR.Declarations;

/// <summary>
/// Declares an integer enum (ODS <c>I64EnumAttr</c>, e.g. <c>arith.cmpi</c>'s predicate): its cases are named with
/// <see cref="EnumCaseAttribute"/>; ops store it as a 64-bit <c>IntegerAttr</c> and print it by keyword. The
/// generator emits <c>{Enum}Syntax.ToKeyword</c> and <c>TryParse</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Enum, Inherited = false)]
public sealed class EnumAttrAttribute : System.Attribute
{
    public EnumAttrAttribute(string dialect, string name)
    {
        Dialect = dialect;
        Name = name;
    }

    /// <summary>The dialect namespace (<c>arith</c>).</summary>
    public string Dialect { get; }

    /// <summary>The enum's name in the dialect (<c>cmpi_predicate</c>).</summary>
    public string Name { get; }

    /// <summary>
    /// With a mnemonic the enum is also a dialect attribute (ODS <c>EnumAttr</c>): the generator emits
    /// <c>{Enum}Attr : DialectAttribute</c>, printed <c>#dialect.mnemonic&lt;case&gt;</c> (or, when
    /// <see cref="Bare"/>, <c>#dialect&lt;mnemonic case&gt;</c>), and a property of that class prints stripped.
    /// </summary>
    public string? Mnemonic { get; set; }

    /// <summary>The attribute's assembly format is <c>$value</c> rather than <c>`&lt;` $value `&gt;`</c>:
    /// stripped it prints <c>slt</c> (<c>index.cmp slt(...)</c>).</summary>
    public bool Bare { get; set; }

    /// <summary>The integer width an <c>IntegerAttr</c> property holding the enum has: 64 (<c>I64EnumAttr</c>) or
    /// 32 (<c>I32EnumAttr</c>).</summary>
    public int Width { get; set; } = 64;

    /// <summary>The ODS summary of the enum attribute (<c>"Floating point fast math flags"</c>): the constraint
    /// wording when a property of the attribute class holds something else.</summary>
    public string? Summary { get; set; }
}
