using System;
using System.Collections.Generic;
using System.Text;

namespace Dialectic.Lit;

/// <summary>
/// A named text buffer (the check file, the input, or the command line) with a line index, able to print
/// LLVM SourceMgr-style messages: <c>name:line:col: kind: message</c>, the source line, and a caret line.
/// </summary>
internal sealed class FileCheckSource
{
    // lineStarts[i] is the offset of the first character of line i+1; sorted ascending, lineStarts[0] == 0.
    private readonly int[] lineStarts;

    public FileCheckSource(string name, string text)
    {
        Name = name;
        Text = text;
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
                starts.Add(i + 1);
        }
        lineStarts = starts.ToArray();
    }

    public string Name { get; }

    public string Text { get; }

    public int LineCount => lineStarts.Length;

    /// <summary>1-based line of <paramref name="offset"/>; O(log lines).</summary>
    public int LineOf(int offset)
    {
        int index = Array.BinarySearch(lineStarts, offset);
        return index >= 0 ? index + 1 : ~index;
    }

    /// <summary>1-based column of <paramref name="offset"/>.</summary>
    public int ColumnOf(int offset) => offset - lineStarts[LineOf(offset) - 1] + 1;

    public int LineStart(int line) => lineStarts[line - 1];

    /// <summary>Offset of the end of <paramref name="line"/> (its '\n', or the end of the text).</summary>
    public int LineEnd(int line)
    {
        int end = line < lineStarts.Length ? lineStarts[line] - 1 : Text.Length;
        return end;
    }

    /// <summary>The text of a 1-based line without its line terminator.</summary>
    public string LineText(int line)
    {
        int start = LineStart(line);
        int end = LineEnd(line);
        if (end > start && Text[end - 1] == '\r')
            end--;
        return Text.Substring(start, end - start);
    }

    /// <summary>
    /// Writes a message located at <paramref name="offset"/>, with a caret and <c>~</c> marks covering
    /// <paramref name="length"/> characters (clipped to the line).
    /// </summary>
    public void Report(StringBuilder output, int offset, string kind, string message, int length = 0)
    {
        int line = LineOf(offset);
        int column = ColumnOf(offset);
        output.Append(Name).Append(':').Append(line).Append(':').Append(column).Append(": ")
            .Append(kind).Append(": ").Append(message).Append('\n');
        string text = LineText(line);
        output.Append(text).Append('\n');
        var caret = new StringBuilder();
        for (int i = 0; i < column - 1; i++)
            caret.Append(i < text.Length && text[i] == '\t' ? '\t' : ' ');
        caret.Append('^');
        int available = Math.Max(0, text.Length - column);
        for (int i = 1; i < length && i <= available; i++)
            caret.Append('~');
        output.Append(caret).Append('\n');
    }
}
