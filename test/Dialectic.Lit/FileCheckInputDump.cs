using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Dialectic.Lit;

/// <summary>
/// Writes the annotated input dump FileCheck prints on failure: every input line numbered, and under each line
/// the marks (<c>^~~</c> match, <c>X~~</c> search without match, <c>!~~</c> forbidden or misplaced match) that
/// fall on it, labelled with the directive kind and check-file line.
/// </summary>
internal static class FileCheckInputDump
{
    public static void Write(StringBuilder output, FileCheckSource input, string checkFileName,
        IReadOnlyList<FileCheckAnnotation> annotations)
    {
        output.Append('\n').Append("Input file: ").Append(input.Name).Append('\n')
            .Append("Check file: ").Append(checkFileName).Append("\n\n")
            .Append("-dump-input=help explains the following input dump.\n\n")
            .Append("Input was:\n<<<<<<\n");
        int labelWidth = annotations.Count == 0 ? 0 : annotations.Max(a => a.Label.Length);
        int lineCount = input.Text.EndsWith('\n') ? input.LineCount - 1 : input.LineCount;
        int numberWidth = labelWidth + 2 + lineCount.ToString(CultureInfo.InvariantCulture).Length;
        for (int line = 1; line <= lineCount; line++)
        {
            int lineStart = input.LineStart(line);
            // The newline itself is a column too, so a mark can point at the end of a line.
            int lineEnd = input.LineEnd(line) + 1;
            output.Append(line.ToString(CultureInfo.InvariantCulture).PadLeft(numberWidth)).Append(": ")
                .Append(input.LineText(line)).Append(" \n");
            foreach (FileCheckAnnotation annotation in annotations)
            {
                int end = Math.Max(annotation.End, annotation.Start + 1);
                if (annotation.Start >= lineEnd || end <= lineStart)
                    continue;
                bool first = annotation.Start >= lineStart;
                int from = Math.Max(annotation.Start, lineStart);
                int to = Math.Min(end, lineEnd);
                var row = new StringBuilder();
                row.Append((first ? annotation.Label : "").PadRight(numberWidth + 2));
                row.Append(' ', from - lineStart);
                row.Append(first ? annotation.Marker : '~');
                row.Append('~', Math.Max(0, to - from - 1));
                if (first && annotation.Message != null)
                    row.Append(' ').Append(annotation.Message);
                output.Append(row.ToString().TrimEnd()).Append('\n');
            }
        }
        output.Append(">>>>>>\n");
    }
}
