using System.Text;

namespace Dialectic.TableGen.Emitting;

/// <summary>C# literals for emitted code.</summary>
internal static class Literal
{
    /// <summary>A C# string literal with escapes.</summary>
    public static string String(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < ' ')
                        sb.Append("\\u").Append(((int)c).ToString("x4"));
                    else
                        sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    /// <summary>A parameter name: camelCase, verbatim when it is a keyword.</summary>
    public static string Parameter(string propertyName)
    {
        string name = char.ToLowerInvariant(propertyName[0]) + propertyName.Substring(1);
        return Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(name) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? "@" + name : name;
    }
}
