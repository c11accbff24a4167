using Dialectic.Core.IR;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.ControlFlow;

namespace Dialectic.Passes.Conversion.ControlFlowToLlvm;

/// <summary><c>cf.cond_br %c, ^t(%a), ^f(%b)</c> -&gt; <c>llvm.cond_br %c, ^t'(%a'), ^f'(%b')</c>, keeping the branch
/// weights; the successors' arguments are converted.</summary>
internal sealed class CondBranchOpLowering : OpConversionPattern<CondBranchOp>
{
    // Converting a successor's signature retargets its other predecessors, which the driver then legalizes at once:
    // this pattern runs again on them, nested as deep as the chain of blocks it converts (see ConvertedSuccessor).
    public CondBranchOpLowering(TypeConverter converter, Context context) : base(converter, context) =>
        HasBoundedRewriteRecursion = true;

    public override bool MatchAndRewrite(CondBranchOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        int numTrue = op.TrueDestOperands.Length, numFalse = op.FalseDestOperands.Length;
        var trueOperands = adaptor.Slice(1, numTrue).ToArray();
        var falseOperands = adaptor.Slice(1 + numTrue, numFalse).ToArray();
        if (!ConvertedSuccessor.CanConvert(TypeConverter!, op.TrueDest, trueOperands, out var failure)
            || !ConvertedSuccessor.CanConvert(TypeConverter!, op.FalseDest, falseOperands, out failure))
            return rewriter.NotifyMatchFailure(op, failure!);
        var trueDest = ConvertedSuccessor.Convert(rewriter, TypeConverter!, op.TrueDest, trueOperands);
        var falseDest = ConvertedSuccessor.Convert(rewriter, TypeConverter!, op.FalseDest, falseOperands);
        rewriter.SetInsertionPoint(op);
        var condBr = Dialects.Llvm.CondBrOp.Create(rewriter, op.Location, adaptor[0], trueOperands, falseOperands,
            trueDest, falseDest, op.BranchWeights);
        BranchOpLowering.CopyDiscardable(op, condBr);
        rewriter.ReplaceOp(op, condBr);
        return true;
    }
}
