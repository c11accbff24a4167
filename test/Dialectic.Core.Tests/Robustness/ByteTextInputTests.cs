using System.IO;
using Dialectic.Tools.Opt;
using Xunit;

namespace Dialectic.Core.Tests.Robustness;

/// <summary>A file that is not valid UTF-8 keeps its raw bytes in string literals, as MLIR's lexer does.</summary>
public sealed class ByteTextInputTests
{
    [Fact]
    public void InvalidUtf8BytesInStringsArePrintedAsEscapes()
    {
        string path = Path.Combine(Path.GetTempPath(), "dialectic-bytes-" + System.Guid.NewGuid().ToString("N") + ".mlir");
        // 0xFF is never valid UTF-8; the C3 A9 pair (é) must stay two bytes, not be re-encoded.
        File.WriteAllBytes(path, [.. "\"t.a\"() {s = \"a"u8, 0xFF, .. "b"u8, 0xC3, 0xA9, .. "\"} : () -> ()\n"u8]);
        try
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int rc = OptMain.Run(["--allow-unregistered-dialect", path], TextReader.Null, stdout, stderr);
            Assert.Equal(0, rc);
            Assert.Contains("\"t.a\"() {s = \"a\\FFb\\C3\\A9\"}", stdout.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
