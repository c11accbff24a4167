using System.IO;
using System.Text;
using Dialectic.Core.IR;

namespace Dialectic.Tools.Docs;

/// <summary>
/// Writes one Markdown page per registered dialect from its ops' summaries, descriptions and traits, as MLIR's
/// <c>-gen-op-doc</c> does (<c>dialectic-opt --dump-dialect-docs=DIR</c>).
/// </summary>
public static class DialectDocWriter
{
    /// <summary>Writes <c>DIR/&lt;namespace&gt;.md</c> for every dialect of <paramref name="context"/>; returns the page count.</summary>
    public static int WriteAll(Context context, string directory)
    {
        Directory.CreateDirectory(directory);
        int pages = 0;
        foreach (var dialect in context.Dialects)
        {
            File.WriteAllText(Path.Combine(directory, dialect.Namespace + ".md"), Render(dialect));
            pages++;
        }
        return pages;
    }

    /// <summary>The Markdown page of one dialect: a section per op, in registration order.</summary>
    public static string Render(Dialect dialect)
    {
        var sb = new StringBuilder();
        sb.Append("# '").Append(dialect.Namespace).Append("' Dialect\n\n");
        sb.Append("[TOC]\n\n## Operations\n");
        foreach (var op in dialect.Operations)
        {
            sb.Append("\n### `").Append(op.Name).Append('`');
            if (op.Summary.Length > 0)
                sb.Append(" (").Append(op.Summary).Append(')');
            sb.Append("\n\n");
            if (op.Description.Length > 0)
                sb.Append(op.Description.Trim()).Append("\n\n");
            if (op.Traits != OpTraits.None)
                sb.Append("Traits: `").Append(op.Traits.ToString().Replace(", ", "`, `")).Append("`\n");
        }
        return sb.ToString();
    }
}
