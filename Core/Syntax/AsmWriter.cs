using System;
using System.Globalization;
using System.IO;

namespace Dialectic.Core.Syntax;

/// <summary>
/// Append-only character buffer for the printer. Flushes to a <see cref="TextWriter"/> in 64 KiB chunks (or
/// collects everything when no writer is given), so printing allocates no intermediate strings.
/// </summary>
public sealed class AsmWriter
{
    private const int FlushThreshold = 1 << 16;
    private readonly TextWriter? _sink;
    private char[] _buf;
    private int _len;

    /// <summary>A writer to <paramref name="sink"/> (a 128K-char buffer), or, without one, a small growing buffer
    /// for the short texts (a type, an attribute, a name) rendered to strings on hot paths.</summary>
    public AsmWriter(TextWriter? sink = null)
    {
        _sink = sink;
        _buf = new char[sink != null ? FlushThreshold * 2 : 64];
    }

    private void Ensure(int extra)
    {
        if (_len + extra <= _buf.Length)
            return;
        if (_sink != null && _len > 0)
        {
            _sink.Write(_buf, 0, _len);
            _len = 0;
            if (extra <= _buf.Length)
                return;
        }
        Array.Resize(ref _buf, Math.Max(_buf.Length * 2, _len + extra));
    }

    private void MaybeFlush()
    {
        if (_sink != null && _len >= FlushThreshold)
        {
            _sink.Write(_buf, 0, _len);
            _len = 0;
        }
    }

    public void Write(char c)
    {
        if (_len == _buf.Length)
            Ensure(1);
        _buf[_len++] = c;
    }

    public void Write(string s) => Write(s.AsSpan());

    public void Write(ReadOnlySpan<char> s)
    {
        Ensure(s.Length);
        s.CopyTo(_buf.AsSpan(_len));
        _len += s.Length;
        MaybeFlush();
    }

    public void Write(long v)
    {
        Ensure(20);
        v.TryFormat(_buf.AsSpan(_len), out int n, default, CultureInfo.InvariantCulture);
        _len += n;
    }

    public void Write(ulong v)
    {
        Ensure(20);
        v.TryFormat(_buf.AsSpan(_len), out int n, default, CultureInfo.InvariantCulture);
        _len += n;
    }

    public void Write(int v) => Write((long)v);

    /// <summary>Writes <paramref name="n"/> spaces.</summary>
    public void Indent(int n)
    {
        Ensure(n);
        _buf.AsSpan(_len, n).Fill(' ');
        _len += n;
    }

    /// <summary>Writes everything buffered to the sink.</summary>
    public void Flush()
    {
        if (_sink != null && _len > 0)
        {
            _sink.Write(_buf, 0, _len);
            _len = 0;
        }
    }

    /// <summary>The collected text (only meaningful without a sink).</summary>
    public override string ToString() => new(_buf, 0, _len);
}
