using System;
using System.Collections.Generic;
using Dialectic.TableGen.Model;
using Dialectic.TableGen.Pdll.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Dialectic.TableGen.Pdll;

/// <summary>
/// One <c>.pdll</c> additional file, parsed. Equality is the path and text only: the syntax tree and errors are
/// functions of the text, so an unchanged file compares equal and the pipeline reuses what it produced before.
/// </summary>
internal sealed class PdllSource : IEquatable<PdllSource>
{
    private SourceText? _sourceText;

    public PdllSource(string path, string text)
    {
        Path = path;
        Text = text;
        Module = PdllSyntax.Parse(text, SyntaxErrors);
    }

    public string Path { get; }
    public string Text { get; }
    /// <summary>The syntax tree; null when <see cref="SyntaxErrors"/> is not empty.</summary>
    public PdllModule? Module { get; }
    public List<SyntaxError> SyntaxErrors { get; } = new();

    public string FileName => System.IO.Path.GetFileName(Path);

    /// <summary>A location in this file for <paramref name="span"/> (line and column computed from the text).</summary>
    public LocationInfo Locate(TextSpan span)
    {
        _sourceText ??= SourceText.From(Text);
        if (span.End > Text.Length)
            span = TextSpan.FromBounds(Math.Min(span.Start, Text.Length), Text.Length);
        return new LocationInfo(Path, span, _sourceText.Lines.GetLinePositionSpan(span));
    }

    /// <summary>1-based line of <paramref name="position"/>.</summary>
    public int LineOf(int position)
    {
        _sourceText ??= SourceText.From(Text);
        return _sourceText.Lines.GetLineFromPosition(Math.Min(position, Text.Length)).LineNumber + 1;
    }

    public bool Equals(PdllSource? other) => other is not null && Path == other.Path && Text == other.Text;

    public override bool Equals(object? obj) => Equals(obj as PdllSource);

    public override int GetHashCode() => unchecked(Path.GetHashCode() * 31 + Text.GetHashCode());
}
