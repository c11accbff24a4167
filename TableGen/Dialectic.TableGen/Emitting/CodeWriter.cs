using System;
using System.CodeDom.Compiler;
using System.IO;

namespace Dialectic.TableGen.Emitting;

/// <summary>
/// Writes C# source with indentation tied to scopes: <see cref="Block"/> opens a brace and returns the token
/// that closes it, so no emitter counts indentation by hand.
/// </summary>
internal sealed class CodeWriter
{
    private readonly StringWriter _text = new() { NewLine = "\n" };
    private readonly IndentedTextWriter _writer;

    public CodeWriter() => _writer = new IndentedTextWriter(_text, "    ") { NewLine = "\n" };

    public void Line(string line = "")
    {
        if (line.Length == 0)
            _writer.WriteLineNoTabs("");
        else
            _writer.WriteLine(line);
    }

    /// <summary>Writes <paramref name="header"/> (if any) and <c>{</c>; disposing the result writes the matching <c>}</c>.</summary>
    public Scope Block(string header, string close = "}")
    {
        if (header.Length > 0)
            Line(header);
        Line("{");
        _writer.Indent++;
        return new Scope(this, close);
    }

    public override string ToString() => _text.ToString();

    /// <summary>Closes a <see cref="Block"/>.</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly CodeWriter _owner;
        private readonly string _close;

        public Scope(CodeWriter owner, string close)
        {
            _owner = owner;
            _close = close;
        }

        public void Dispose()
        {
            _owner._writer.Indent--;
            _owner.Line(_close);
        }
    }
}
