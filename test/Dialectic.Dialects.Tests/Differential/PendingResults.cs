using System.Collections.Generic;

namespace Dialectic.Dialects.Tests.Differential;

/// <summary>The results of an operation being written: the text in front of <c>=</c>, and the values to make
/// visible once the operation (and its regions) is complete.</summary>
internal sealed class PendingResults(GenContext ctx, string lhs, List<GenValue> values)
{
    /// <summary><c>%r = </c>, <c>%r:2 = </c>, <c>%a, %b = </c>, or "" without results.</summary>
    public string Lhs { get; } = lhs;

    public IReadOnlyList<GenValue> Values => values;

    /// <summary>Makes the results visible in the current scope.</summary>
    public void Bind()
    {
        foreach (var v in values)
            ctx.Bind(v.Name, v.Type, values.Count > 1);
    }
}
