using System.Collections.Generic;
using System.Linq;

namespace Dialectic.Lit;

/// <summary>
/// The pattern variables of one FileCheck run: string variables (<c>[[VAR:re]]</c>) and numeric variables
/// (<c>[[#VAR:]]</c>). Names starting with <c>$</c> are global and survive <c>--enable-var-scope</c>.
/// </summary>
internal sealed class FileCheckVariables
{
    private readonly Dictionary<string, string> strings = new();
    private readonly Dictionary<string, (long Value, FileCheckNumericFormat Format)> numerics = new();

    public bool TryGetString(string name, out string value) => strings.TryGetValue(name, out value!);

    public bool TryGetNumeric(string name, out long value, out FileCheckNumericFormat format)
    {
        bool found = numerics.TryGetValue(name, out var entry);
        value = entry.Value;
        format = entry.Format;
        return found;
    }

    public void SetString(string name, string value) => strings[name] = value;

    public void SetNumeric(string name, long value, FileCheckNumericFormat format) => numerics[name] = (value, format);

    /// <summary>Forgets every variable whose name does not start with <c>$</c>.</summary>
    public void ClearLocals()
    {
        foreach (string name in strings.Keys.Where(n => !n.StartsWith('$')).ToList())
            strings.Remove(name);
        foreach (string name in numerics.Keys.Where(n => !n.StartsWith('$')).ToList())
            numerics.Remove(name);
    }
}
