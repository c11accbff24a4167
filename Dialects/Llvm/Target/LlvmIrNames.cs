using System.Globalization;
using System.Text;

namespace Dialectic.Dialects.Llvm.Target;

/// <summary>How LLVM IR text spells names and string literals: bare when the name is an LLVM identifier
/// (<c>[-a-zA-Z$._][-a-zA-Z$._0-9]*</c>), quoted with <c>\XX</c> escapes otherwise.</summary>
internal static class LlvmIrNames
{
    /// <summary>Appends <paramref name="sigil"/> (<c>@</c> or <c>%</c>) and <paramref name="name"/>.</summary>
    public static void AppendName(StringBuilder sb, char sigil, string name)
    {
        sb.Append(sigil);
        if (IsBareIdentifier(name))
            sb.Append(name);
        else
            AppendQuoted(sb, name);
    }

    /// <summary>The name as it is referenced: <c>@name</c> or <c>@"odd name"</c>.</summary>
    public static string Global(string name)
    {
        var sb = new StringBuilder(name.Length + 3);
        AppendName(sb, '@', name);
        return sb.ToString();
    }

    private static bool IsBareIdentifier(string name)
    {
        if (name.Length == 0)
            return false;
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            bool ok = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '-' or '$' or '.' or '_'
                || (i > 0 && c is >= '0' and <= '9');
            if (!ok)
                return false;
        }
        return true;
    }

    /// <summary>Appends <paramref name="bytes"/> (one char per byte, as <c>StringAttr.Bytes</c> holds them) in
    /// double quotes, escaping quotes, backslashes and non-printable bytes as <c>\XX</c>.</summary>
    public static void AppendQuoted(StringBuilder sb, string bytes)
    {
        sb.Append('"');
        foreach (char c in bytes)
        {
            if (c is '"' or '\\' || c < 0x20 || c >= 0x7f)
                sb.Append('\\').Append(((int)c & 0xff).ToString("X2", CultureInfo.InvariantCulture));
            else
                sb.Append(c);
        }
        sb.Append('"');
    }
}
