using System.Collections.Generic;
using System.IO;
using System.Text;
using Dialectic.Core.IR;
using Dialectic.Core.Syntax;

namespace Dialectic.Core.Pass.Instrumentation;

/// <summary>
/// Prints the IR around passes as <c>--mlir-print-ir-*</c> do, in mlir-opt's format:
/// <c>// -----// IR Dump After CSE (cse) //----- //</c>, then the op the pass ran on (alone, without aliases, when
/// nested; the top-level op with <see cref="IRPrinterConfig.PrintModuleScope"/>), then a blank line. Adaptors are
/// not printed.
/// </summary>
internal sealed class IRPrinterInstrumentation : PassInstrumentation
{
    private readonly IRPrinterConfig _config;
    private readonly PassManager _pm;

    // Fingerprints of the ops passes are running on, for --mlir-print-ir-after-change (one entry per running pass
    // instance: clones running in parallel are distinct instances).
    private readonly Dictionary<Pass, OperationFingerprint> _before = new(ReferenceEqualityComparer.Instance);

    public IRPrinterInstrumentation(IRPrinterConfig config, PassManager pm)
    {
        _config = config;
        _pm = pm;
    }

    internal bool PrintsModuleScope => _config.PrintModuleScope;

    public override void RunBeforePass(Pass pass, Operation op)
    {
        if (pass.IsAdaptor)
            return;
        if (_config.PrintAfterOnlyOnChange)
            _before[pass] = OperationFingerprint.Compute(op);
        if (_config.ShouldPrintBeforePass is { } filter && filter(pass, op))
            Print("Before", pass, op, failed: false);
    }

    public override void RunAfterPass(Pass pass, Operation op)
    {
        if (pass.IsAdaptor || _config.PrintAfterOnlyOnFailure)
            return;
        if (_config.PrintAfterOnlyOnChange)
        {
            bool unchanged = _before.Remove(pass, out var fingerprint) && fingerprint == OperationFingerprint.Compute(op);
            if (unchanged)
                return;
        }
        if (_config.ShouldPrintAfterPass is { } filter && filter(pass, op))
            Print("After", pass, op, failed: false);
    }

    public override void RunAfterPassFailed(Pass pass, Operation op)
    {
        if (pass.IsAdaptor)
            return;
        if (_config.PrintAfterOnlyOnChange)
            _before.Remove(pass);
        if (_config.ShouldPrintAfterPass is { } filter && filter(pass, op))
            Print("After", pass, op, failed: true);
    }

    private void Print(string title, Pass pass, Operation op, bool failed)
    {
        var sb = new StringBuilder();
        sb.Append("// -----// IR Dump ").Append(title).Append(' ').Append(pass.Name);
        if (failed)
            sb.Append(" Failed");
        sb.Append(" (").Append(pass.Argument).Append(')');
        if (_config.PrintModuleScope)
        {
            sb.Append(" ('").Append(op.Name.Name).Append("' operation");
            if (SymbolTable.GetSymbolName(op) is { } symbol)
                sb.Append(": @").Append(symbol);
            sb.Append(')');
        }
        sb.Append(" //----- //\n");
        var flags = _config.PrintingFlags ?? _pm.PrintingFlags;
        var text = new StringWriter(sb);
        if (_config.PrintModuleScope)
        {
            var top = op;
            while (top.ParentOp != null)
                top = top.ParentOp;
            AsmPrinter.PrintTopLevel(top, text, flags);
        }
        else
        {
            // A nested op prints alone, numbered from itself and without aliases, as MLIR's Operation::print does.
            AsmPrinter.PrintTopLevel(op, text, op.Block != null ? flags with { UseLocalScope = true } : flags);
        }
        sb.Append("\n\n");
        ParallelOutput.Write(_config.Output ?? _pm.Output, sb.ToString());
    }
}
