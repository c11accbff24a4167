using System;
using System.IO;
using System.Text;

namespace Dialectic.Tools.Opt;

/// <summary>
/// Reads a UTF-8 file into a string allocating only the string itself: one pass counts characters, a second
/// decodes straight into the string's storage. (Reading all bytes first would leave a file-sized dead array on
/// the large-object heap until the next full collection, which raises peak memory on big inputs.)
/// </summary>
public static class SourceReader
{
    private const int ChunkSize = 1 << 16;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads <paramref name="path"/> as UTF-8. A file that is not valid UTF-8 is read as Latin-1 instead (one
    /// char per byte) and <paramref name="isByteText"/> is set, so string literals keep their raw bytes, as
    /// MLIR's byte-oriented lexer does.
    /// </summary>
    public static string ReadAllText(string path, out bool isByteText)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ChunkSize, FileOptions.SequentialScan);
        var buffer = new byte[ChunkSize];
        var counter = StrictUtf8.GetDecoder();
        long chars = 0;
        int read;
        isByteText = false;
        try
        {
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                chars += counter.GetCharCount(buffer, 0, read, flush: false);
            chars += counter.GetCharCount(buffer, 0, 0, flush: true);
        }
        catch (DecoderFallbackException)
        {
            isByteText = true;
            stream.Position = 0;
            return ReadLatin1(stream);
        }
        if (chars > int.MaxValue)
            throw new IOException("file too large");
        stream.Position = 0;
        return string.Create((int)chars, (stream, buffer), static (span, state) =>
        {
            var (s, buf) = state;
            var decoder = Encoding.UTF8.GetDecoder();
            int written = 0;
            int n;
            while ((n = s.Read(buf, 0, buf.Length)) > 0)
                written += decoder.GetChars(buf.AsSpan(0, n), span.Slice(written), flush: false);
            decoder.GetChars(ReadOnlySpan<byte>.Empty, span.Slice(written), flush: true);
        });
    }

    private static string ReadLatin1(FileStream stream)
    {
        if (stream.Length > int.MaxValue)
            throw new IOException("file too large");
        return string.Create((int)stream.Length, stream, static (span, s) =>
        {
            var buf = new byte[ChunkSize];
            int written = 0;
            int n;
            while ((n = s.Read(buf, 0, buf.Length)) > 0)
            {
                for (int i = 0; i < n; i++)
                    span[written + i] = (char)buf[i];
                written += n;
            }
        });
    }
}
