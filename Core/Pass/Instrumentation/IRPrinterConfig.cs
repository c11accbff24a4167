using System;
using System.IO;
using Dialectic.Core.IR;
using Dialectic.Core.Syntax;

namespace Dialectic.Core.Pass.Instrumentation;

/// <summary>
/// What <c>--mlir-print-ir-*</c> prints (MLIR's <c>PassManager::IRPrinterConfig</c>): filters choosing the passes
/// to print before and after, and how. A null filter prints nothing at that point.
/// </summary>
public sealed class IRPrinterConfig
{
    /// <summary>Print the IR before a pass runs on an op when this returns true.</summary>
    public Func<Pass, Operation, bool>? ShouldPrintBeforePass { get; init; }

    /// <summary>Print the IR after a pass ran (or failed) on an op when this returns true.</summary>
    public Func<Pass, Operation, bool>? ShouldPrintAfterPass { get; init; }

    /// <summary>Print the top-level op rather than the op the pass ran on (needs multithreading off; the pass
    /// manager runs sequentially when it is set).</summary>
    public bool PrintModuleScope { get; init; }

    /// <summary>After a pass, print only when the op changed (<c>--mlir-print-ir-after-change</c>).</summary>
    public bool PrintAfterOnlyOnChange { get; init; }

    /// <summary>After a pass, print only when it failed (<c>--mlir-print-ir-after-failure</c>).</summary>
    public bool PrintAfterOnlyOnFailure { get; init; }

    /// <summary>How to print; null uses the pass manager's <see cref="PassManager.PrintingFlags"/>.</summary>
    public PrintingFlags? PrintingFlags { get; init; }

    /// <summary>Where to print; null uses the pass manager's <see cref="PassManager.Output"/>.</summary>
    public TextWriter? Output { get; init; }
}
