using System;
using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Attributes;

/// <summary>
/// <c>loc("file":line:col)</c>, optionally a range <c>"file":l:c to :c2</c> or <c>to l2:c2</c>.
/// <see cref="Form"/> records which of the three shapes was built; a range whose end equals its start prints
/// like a point but stays a distinct attribute, as in MLIR.
/// </summary>
public sealed class FileLineColRange : LocationAttr
{
    private FileLineColRange(Context context, string file, uint line, uint col, uint endLine, uint endCol, byte form)
        : base(context)
    {
        Filename = file;
        StartLine = line;
        StartColumn = col;
        EndLine = endLine;
        EndColumn = endCol;
        Form = form;
    }

    public string Filename { get; }
    public uint StartLine { get; }
    public uint StartColumn { get; }
    public uint EndLine { get; }
    public uint EndColumn { get; }

    /// <summary>0: point; 1: same-line range (end column only); 2: full range.</summary>
    public byte Form { get; }

    public static FileLineColRange Get(Context context, string file, uint line, uint col) =>
        context.Uniquer.Get(new FileLineColRange(context, file, line, col, line, col, 0));

    public static FileLineColRange Get(Context context, string file, uint line, uint col, uint endCol) =>
        context.Uniquer.Get(new FileLineColRange(context, file, line, col, line, endCol, 1));

    public static FileLineColRange Get(Context context, string file, uint line, uint col, uint endLine, uint endCol) =>
        context.Uniquer.Get(new FileLineColRange(context, file, line, col, endLine, endCol, 2));

    protected override int KeyHash() => HashCode.Combine(Filename, StartLine, StartColumn, EndLine, EndColumn, Form);

    protected override bool KeyEquals(Uniqued other) =>
        other is FileLineColRange f && f.Filename == Filename && f.StartLine == StartLine && f.StartColumn == StartColumn
        && f.EndLine == EndLine && f.EndColumn == EndColumn && f.Form == Form;
}
