using System.Text;

namespace Dialectic.TableGen.Parsing;

/// <summary>Name conventions: C# property names to ODS names, and validity of dialect and op names.</summary>
internal static class Names
{
    /// <summary><c>TrueValue</c> -> <c>true_value</c> (operands, results, attributes).</summary>
    public static string ToSnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsUpper(c))
            {
                bool boundary = i > 0 && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
                if (boundary)
                    sb.Append('_');
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    /// <summary><c>TrueDest</c> -> <c>trueDest</c> (regions, successors).</summary>
    public static string ToCamelCase(string name) =>
        name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);

    /// <summary>A dialect namespace: a letter or '_', then letters, digits, '_' or '$'.</summary>
    public static bool IsValidDialect(string? s) => IsValid(s, allowDot: false);

    /// <summary>An op mnemonic: like a dialect name, dots allowed after the first character.</summary>
    public static bool IsValidMnemonic(string? s) => IsValid(s, allowDot: true);

    private static bool IsValid(string? s, bool allowDot)
    {
        if (string.IsNullOrEmpty(s) || !(IsAsciiLetter(s![0]) || s[0] == '_'))
            return false;
        foreach (char c in s)
            if (!(IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '$' || (allowDot && c == '.')))
                return false;
        return !s.EndsWith(".");
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
