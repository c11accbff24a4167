using System;
using System.Collections.Generic;

namespace Dialectic.Core.Diagnostics;

/// <summary>A named source buffer with a line index, for rendering diagnostics with the offending line.</summary>
public sealed class SourceFile
{
    private readonly List<int> _lineStarts = new() { 0 };

    public SourceFile(string name, string text)
    {
        Name = name;
        Text = text;
        for (int i = 0; i < text.Length; i++)
            if (text[i] == '\n')
                _lineStarts.Add(i + 1);
    }

    public string Name { get; }
    public string Text { get; }

    public int LineCount => _lineStarts.Count;

    /// <summary>The text of 1-based line <paramref name="line"/> without its newline; null when out of range.</summary>
    public string? GetLine(int line)
    {
        if (line < 1 || line > _lineStarts.Count)
            return null;
        int start = _lineStarts[line - 1];
        int end = line < _lineStarts.Count ? _lineStarts[line] - 1 : Text.Length;
        if (end > start && Text[end - 1] == '\r')
            end--;
        return Text.Substring(start, Math.Max(0, end - start));
    }
}
