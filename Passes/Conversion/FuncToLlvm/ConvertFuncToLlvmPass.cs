using Dialectic.Core.IR.Builtin;
using Dialectic.Core.Pass;
using Dialectic.Core.Rewrite;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Passes.Conversion.LlvmCommon;

namespace Dialectic.Passes.Conversion.FuncToLlvm;

/// <summary>
/// MLIR's <c>convert-func-to-llvm</c> (on a module): <c>func.func</c>, <c>func.call</c> and <c>func.return</c> to
/// <c>llvm.func</c>, <c>llvm.call</c> and <c>llvm.return</c>, with memrefs passed as expanded descriptors (or bare
/// pointers with <c>use-bare-ptr-memref-call-conv</c>) and <c>_mlir_ciface_</c> wrappers for functions marked
/// <c>llvm.emit_c_interface</c>. A partial conversion: other ops stay, bridged with
/// <c>builtin.unrealized_conversion_cast</c>.
/// </summary>
public sealed class ConvertFuncToLlvmPass : Pass<FuncToLlvmOptions>
{
    public override string Argument => "convert-func-to-llvm";

    public override string Description => "Convert from the Func dialect to the LLVM dialect";

    public override string? OpName => ModuleOp.OperationName;

    protected override void RunOnOperation()
    {
        if (Options.IndexBitwidth > (uint)Core.IR.Types.IntegerType.MaxWidth)
        {
            Context.EmitError(Operation.Location, $"invalid index-bitwidth {Options.IndexBitwidth}");
            SignalPassFailure();
            return;
        }
        var converter = new LlvmTypeConverter(Context, new LowerToLlvmOptions
        {
            IndexBitwidth = (int)Options.IndexBitwidth,
            UseBarePtrCallConv = Options.UseBarePtrMemRefCallConv,
        });
        var patterns = new RewritePatternSet(Context);
        FuncToLlvmPatterns.PopulateFuncToLlvmConversionPatterns(converter, patterns);
        if (!DialectConversion.ApplyPartialConversion(Operation, LlvmConversionTarget.Create(Context), new FrozenRewritePatternSet(patterns)))
            SignalPassFailure();
    }
}
