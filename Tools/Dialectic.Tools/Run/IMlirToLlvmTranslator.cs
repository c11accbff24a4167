using System.IO;

namespace Dialectic.Tools.Run;

/// <summary>
/// Translates MLIR text (the llvm dialect, as <c>mlir-translate --mlir-to-llvmir</c> takes it) to LLVM IR text.
/// dialectic-run calls it for <c>.mlir</c> input; register an implementation once with
/// <see cref="MlirToLlvmTranslation.Register"/>.
/// </summary>
public interface IMlirToLlvmTranslator
{
    /// <summary>
    /// Translates <paramref name="mlirText"/>, named <paramref name="bufferName"/> in diagnostics (a file path or
    /// <c>&lt;stdin&gt;</c>). Returns the LLVM IR text, or null after writing the diagnostics (MLIR-style
    /// <c>file:line:col: error: ...</c> lines) to <paramref name="diagnostics"/>.
    /// </summary>
    string? Translate(string mlirText, string bufferName, TextWriter diagnostics);
}
