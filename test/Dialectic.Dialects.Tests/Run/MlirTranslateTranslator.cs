using System.IO;
using Dialectic.Tests.Shared;
using Dialectic.Tools.Run;

namespace Dialectic.Dialects.Tests.Run;

/// <summary>An <see cref="IMlirToLlvmTranslator"/> that runs <c>mlir-translate-22 --mlir-to-llvmir</c>: stands in
/// for Dialectic's own translation in tests of the MLIR input path.</summary>
internal sealed class MlirTranslateTranslator : IMlirToLlvmTranslator
{
    /// <summary>How many times <see cref="Translate"/> was called.</summary>
    public int Calls { get; private set; }

    public string? Translate(string mlirText, string bufferName, TextWriter diagnostics)
    {
        Calls++;
        ToolResult r = ToolProcess.RunOnText(RunHarness.Translate, ["--mlir-to-llvmir"], mlirText);
        if (r.ExitCode == 0)
            return r.Stdout;
        diagnostics.Write(r.Stderr);
        return null;
    }
}
