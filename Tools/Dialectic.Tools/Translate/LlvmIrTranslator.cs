using System.IO;
using Dialectic.Core.Diagnostics;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Builtin;
using Dialectic.Core.Pass;
using Dialectic.Core.Syntax;
using Dialectic.Core.Verification;
using Dialectic.Dialects.Llvm.Target;
using Dialectic.Tools.Opt;
using Dialectic.Tools.Run;

namespace Dialectic.Tools.Translate;

/// <summary>
/// MLIR text (llvm dialect) to LLVM IR text: parses into a fresh context with every dialect dialectic-opt knows,
/// verifies, and exports with <see cref="LlvmIrExport"/>. Diagnostics render MLIR-style
/// (<c>file:line:col: error: ...</c> with the source line). Stateless: one instance serves any number of calls.
/// </summary>
public sealed class LlvmIrTranslator : IMlirToLlvmTranslator
{
    private readonly bool _lowerFirst;

    private LlvmIrTranslator(bool lowerFirst) => _lowerFirst = lowerFirst;

    /// <summary>Translates llvm-dialect input only, as mlir-translate (other ops are an error).</summary>
    public static LlvmIrTranslator Instance { get; } = new(lowerFirst: false);

    /// <summary>dialectic-run's translator: input holding ops of other dialects (func, arith, scf, memref, ...) is
    /// first lowered with the <c>lower-to-llvm</c> pipeline.</summary>
    public static LlvmIrTranslator Lowering { get; } = new(lowerFirst: true);

    public string? Translate(string mlirText, string bufferName, TextWriter diagnostics) =>
        Translate(mlirText, bufferName, 0, 0, false, new SourceFile(bufferName, mlirText), diagnostics, _lowerFirst);

    /// <summary>
    /// Translates one buffer (a whole file or one split chunk starting at line <paramref name="lineOffset"/>,
    /// column <paramref name="column"/> of <paramref name="source"/>); returns the LLVM IR or null after writing
    /// the diagnostics.
    /// </summary>
    public static string? Translate(string text, string bufferName, int lineOffset, uint column, bool isByteText,
        SourceFile source, TextWriter diagnostics, bool lowerFirst = false)
    {
        var context = OptMain.CreateContext(false);
        var errors = new DeferredDiagnosticWriter(diagnostics, new DiagnosticRenderer(source));
        string? result;
        using (context.Diagnostics.AddHandler(errors.Handle))
            result = ParseAndExport(context, text, bufferName, lineOffset, column, isByteText, lowerFirst);
        errors.FlushPending();
        return result;
    }

    private static string? ParseAndExport(Context context, string text, string bufferName, int lineOffset, uint column, bool isByteText,
        bool lowerFirst)
    {
        var options = new ParserOptions { FileName = bufferName, LineOffset = lineOffset, SourceIsByteText = isByteText };
        var block = SourceParser.ParseSource(context, text, options);
        if (block == null)
            return null;
        Operation root;
        if (block.FirstOp != null && block.FirstOp == block.LastOp && block.FirstOp is ModuleOp)
        {
            root = block.FirstOp;
            root.Remove();
        }
        else
        {
            // As mlir-translate: top-level ops without a module are wrapped in one located at the buffer's start.
            var module = ModuleOp.Create(FileLineColRange.Get(context, bufferName, (uint)lineOffset, column));
            while (block.FirstOp != null)
            {
                var op = block.FirstOp;
                op.Remove();
                module.Body.Append(op);
            }
            root = module;
        }
        if (!Verifier.Verify(root))
            return null;
        if (lowerFirst && NeedsLowering(root) && !Lower(context, root))
            return null;
        return LlvmIrExport.Translate(root);
    }

    /// <summary>True when an op other than the module itself is not in the llvm dialect.</summary>
    private static bool NeedsLowering(Operation module)
    {
        bool found = false;
        module.Walk(op =>
        {
            if (!ReferenceEquals(op, module) && op.Name.DialectNamespace != "llvm")
            {
                found = true;
                return WalkResult.Interrupt;
            }
            return WalkResult.Advance;
        });
        return found;
    }

    /// <summary>Runs the <c>lower-to-llvm</c> pipeline on <paramref name="module"/>; false after its diagnostics.</summary>
    private static bool Lower(Context context, Operation module)
    {
        var pm = new PassManager(context);
        if (!OptMain.Registry.TryAddToPipeline(pm, "lower-to-llvm", out string? error))
        {
            context.EmitError(module.Location, error ?? "the lower-to-llvm pipeline is not registered");
            return false;
        }
        return pm.Run(module);
    }
}
