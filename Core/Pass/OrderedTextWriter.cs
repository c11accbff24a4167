using System.IO;
using System.Text;

namespace Dialectic.Core.Pass;

/// <summary>A writer whose text, written on a parallel worker, is held back and replayed in IR order (see
/// <see cref="ParallelOutput"/>).</summary>
internal sealed class OrderedTextWriter : TextWriter
{
    private readonly TextWriter _inner;

    public OrderedTextWriter(TextWriter inner) => _inner = inner;

    public override Encoding Encoding => _inner.Encoding;

    public override void Write(char value) => ParallelOutput.Write(_inner, value.ToString());

    public override void Write(string? value)
    {
        if (!string.IsNullOrEmpty(value))
            ParallelOutput.Write(_inner, value);
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Flush()
    {
        if (!ParallelOutput.InWorker)
            _inner.Flush();
    }
}
