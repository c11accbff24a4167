using Dialectic.Core.IR;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite;
using Dialectic.Dialects.Arith;

namespace Dialectic.Passes.Conversion.MathToLibm;

/// <summary>
/// <c>math.op(x...) : f16 -> arith.truncf(math.op(arith.extf(x)...) : f32)</c> (also bf16): libm has only f32 and
/// f64 functions, so narrower floats go through f32.
/// </summary>
internal sealed class PromoteToF32Lowering(Context context, string sourceName)
    : RewritePattern(sourceName, 1, context)
{
    public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
    {
        if (op.NumResults != 1 || op.GetResult(0).Type is not FloatType { Kind: FloatKind.F16 or FloatKind.BF16 } type)
            return rewriter.NotifyMatchFailure(op, "expected an f16 or bf16 result");
        var f32 = op.Context.F32;
        var state = new OperationState(op.Location, op.Name);
        for (int i = 0; i < op.NumOperands; i++)
            state.Operands.Add(ExtFOp.Create(rewriter, op.Location, f32, op.GetOperand(i)).Out);
        state.ResultTypes.Add(f32);
        var wide = rewriter.Create(state);
        var narrowed = TruncFOp.Create(rewriter, op.Location, type, wide.GetResult(0));
        if (rewriter is Core.Rewrite.Conversion.ConversionPatternRewriter conversion)
            conversion.ReplaceOp(op, narrowed);
        else
            rewriter.ReplaceOp(op, narrowed);
        return true;
    }
}
