using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;

namespace Dialectic.TableGen.Pdll.Compile;

/// <summary>Unique C# identifiers for the locals of one generated method: PDLL names are kept where possible
/// (C# keywords get <c>@</c>, <c>$</c> becomes <c>_</c>), temporaries are numbered.</summary>
internal sealed class NameAllocator
{
    private readonly HashSet<string> _used = new();
    private int _next;

    public void Reserve(string name) => _used.Add(name);

    /// <summary>A local for the PDLL variable <paramref name="name"/>.</summary>
    public string Named(string name)
    {
        string baseName = name.Replace('$', '_');
        string candidate = baseName;
        for (int i = 1; _used.Contains(candidate); i++)
            candidate = baseName + "_" + i;
        _used.Add(candidate);
        return SyntaxFacts.GetKeywordKind(candidate) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(candidate) != SyntaxKind.None
            ? "@" + candidate
            : candidate;
    }

    /// <summary>A fresh temporary such as <c>op3</c>.</summary>
    public string Temp(string prefix)
    {
        string candidate;
        do
            candidate = prefix + (++_next).ToString(System.Globalization.CultureInfo.InvariantCulture);
        while (_used.Contains(candidate));
        _used.Add(candidate);
        return candidate;
    }
}
