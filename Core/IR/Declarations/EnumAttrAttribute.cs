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
}
