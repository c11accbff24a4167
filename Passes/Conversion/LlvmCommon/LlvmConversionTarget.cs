using Dialectic.Core.IR;
using Dialectic.Core.IR.Builtin;
using Dialectic.Core.Rewrite.Conversion;

namespace Dialectic.Passes.Conversion.LlvmCommon;

/// <summary>MLIR's <c>LLVMConversionTarget</c>: the llvm dialect and <c>builtin.unrealized_conversion_cast</c> are
/// legal; other ops have no rule (a partial conversion leaves those it cannot lower).</summary>
public static class LlvmConversionTarget
{
    public static ConversionTarget Create(Context context)
    {
        var target = new ConversionTarget(context);
        target.AddLegalDialect("llvm");
        target.AddLegalOp<UnrealizedConversionCastOp>();
        return target;
    }
}
