using Dialectic.Core.IR.Builtin;
using Dialectic.Core.Pass;
using Dialectic.Core.Rewrite;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Passes.Conversion.LlvmCommon;

namespace Dialectic.Passes.Conversion.MemRefToLlvm;

/// <summary>
/// MLIR's <c>finalize-memref-to-llvm</c> (on a module): memref ops to llvm ops over memref descriptors — alloc
/// (<c>malloc</c> and alignment, or <c>aligned_alloc</c>), alloca, dealloc (<c>free</c>), load/store (strided address
/// arithmetic), dim, rank, cast, copy (<c>llvm.intr.memcpy</c> or <c>memrefCopy</c>), global/get_global, and the
/// view ops. A partial conversion: other ops stay, bridged with <c>builtin.unrealized_conversion_cast</c>.
/// </summary>
public sealed class FinalizeMemRefToLlvmPass : Pass<MemRefToLlvmOptions>
{
    public override string Argument => "finalize-memref-to-llvm";

    public override string Description => "Finalize MemRef dialect to LLVM dialect conversion";

    public override string? OpName => ModuleOp.OperationName;

    protected override void RunOnOperation()
    {
        if (Options.IndexBitwidth > (uint)Core.IR.Types.IntegerType.MaxWidth)
        {
            Context.EmitError(Operation.Location, $"invalid index-bitwidth {Options.IndexBitwidth}");
            SignalPassFailure();
            return;
        }
        var converter = new LlvmTypeConverter(Context, new LowerToLlvmOptions { IndexBitwidth = (int)Options.IndexBitwidth });
        var patterns = new RewritePatternSet(Context);
        MemRefToLlvmPatterns.PopulateFinalizeMemRefToLlvmConversionPatterns(converter, patterns, Options);
        if (!DialectConversion.ApplyPartialConversion(Operation, LlvmConversionTarget.Create(Context), new FrozenRewritePatternSet(patterns)))
            SignalPassFailure();
    }
}
