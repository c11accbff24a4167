using System.IO;
using System.Text;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Core.Diagnostics;

/// <summary>
/// Renders diagnostics as MLIR's SourceMgrDiagnosticHandler: <c>file:line:col: error: message</c>, then the
/// source line and a caret when the location is in the known source file; notes follow their diagnostic.
/// </summary>
public sealed class DiagnosticRenderer
{
    private readonly SourceFile? _source;

    public DiagnosticRenderer(SourceFile? source) => _source = source;

    /// <summary>Writes <paramref name="diag"/> and its notes.</summary>
    public void Render(Diagnostic diag, TextWriter output)
    {
        RenderOne(diag, output, showSource: true);
        // As MLIR: a note shows its source line only when its location differs from the previous one.
        var last = diag.Location;
        foreach (var note in diag.Notes)
        {
            RenderOne(note, output, showSource: note.Location != last);
            last = note.Location;
        }
    }

    private void RenderOne(Diagnostic diag, TextWriter output, bool showSource)
    {
        var sb = new StringBuilder();
        var file = FindFileLocation(diag.Location);
        if (file != null)
            sb.Append(file.Filename).Append(':').Append(file.StartLine).Append(':').Append(file.StartColumn).Append(": ");
        else if (diag.Location is not UnknownLoc)
            sb.Append(diag.Location.ToString()).Append(": ");
        else
            sb.Append("<unknown>:0: ");
        sb.Append(SeverityName(diag.Severity)).Append(": ").Append(diag.Message);
        output.WriteLine(sb.ToString());
        if (showSource && file != null && _source != null && file.Filename == _source.Name && _source.GetLine((int)file.StartLine) is { } line)
        {
            output.WriteLine(line);
            int col = (int)System.Math.Max(1, file.StartColumn);
            output.WriteLine(new string(' ', col - 1) + "^");
        }
    }

    public static string SeverityName(DiagnosticSeverity s) => s switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Remark => "remark",
        _ => "note",
    };

    /// <summary>The first file location inside <paramref name="loc"/> (through names, call sites, fusions).</summary>
    public static FileLineColRange? FindFileLocation(LocationAttr loc)
    {
        var stack = new System.Collections.Generic.Stack<LocationAttr>();
        stack.Push(loc);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case FileLineColRange f:
                    return f;
                case NameLoc n:
                    stack.Push(n.Child);
                    break;
                case CallSiteLoc c:
                    stack.Push(c.Callee);
                    break;
                case FusedLoc fl:
                    for (int i = fl.Locations.Length - 1; i >= 0; i--)
                        stack.Push(fl.Locations[i]);
                    break;
            }
        }
        return null;
    }
}
