using System;

namespace Dialectic.Core.IR.Declarations;

/// <summary>The keyword of one case of an <see cref="EnumAttrAttribute"/> or <see cref="BitEnumAttrAttribute"/> enum.</summary>
[AttributeUsage(AttributeTargets.Field, Inherited = false)]
public sealed class EnumCaseAttribute : System.Attribute
{
    public EnumCaseAttribute(string keyword) => Keyword = keyword;

    /// <summary>The keyword (<c>eq</c>, <c>nsw</c>, <c>fast</c>).</summary>
    public string Keyword { get; }
}
