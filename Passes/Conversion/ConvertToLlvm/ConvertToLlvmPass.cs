using System;
using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Builtin;
using Dialectic.Core.Pass;
using Dialectic.Core.Rewrite;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Passes.Conversion.LlvmCommon;

namespace Dialectic.Passes.Conversion.ConvertToLlvm;

/// <summary>
/// MLIR's generic <c>convert-to-llvm</c>: one partial conversion to the <c>llvm</c> dialect with the patterns of every
/// dialect found in the IR that <see cref="ConvertToLlvmPatternProviders"/> lists (limited to
/// <c>filter-dialects</c> when given), over one shared <see cref="LlvmTypeConverter"/>. Ops no pattern converts
/// stay, bridged by <c>builtin.unrealized_conversion_cast</c>.
/// </summary>
public sealed class ConvertToLlvmPass : Pass<ConvertToLlvmOptions>
{
    public override string Argument => "convert-to-llvm";

    public override string Description => "Convert to LLVM via dialect interfaces found in the input IR";

    protected override void RunOnOperation()
    {
        // The dialects present: the namespaces of the ops nested in (and including) the op the pass runs on.
        var present = new HashSet<string>(StringComparer.Ordinal);
        Operation.Walk(op => present.Add(op.Name.DialectNamespace), WalkOrder.PreOrder);
        var filter = Options.FilterDialects;

        var converter = new LlvmTypeConverter(Context);
        var patterns = new RewritePatternSet(Context);
        foreach (var (dialect, populate) in ConvertToLlvmPatternProviders.All)
        {
            if (!present.Contains(dialect))
                continue;
            if (filter.Count > 0 && !Contains(filter, dialect))
                continue;
            populate(converter, patterns);
        }

        var target = new ConversionTarget(Context);
        target.AddLegalDialect("llvm");
        target.AddLegalOp<UnrealizedConversionCastOp>();
        if (!DialectConversion.ApplyPartialConversion(Operation, target, new FrozenRewritePatternSet(patterns),
            ControlFlowToLlvm.ControlFlowToLlvmPass.Config))
            SignalPassFailure();
    }

    private static bool Contains(IReadOnlyList<string> list, string value)
    {
        foreach (var s in list)
            if (s == value)
                return true;
        return false;
    }
}
