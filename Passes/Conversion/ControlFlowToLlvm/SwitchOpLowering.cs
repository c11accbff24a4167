using System;
using Dialectic.Core.IR;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.ControlFlow;

namespace Dialectic.Passes.Conversion.ControlFlowToLlvm;

/// <summary><c>cf.switch %f : iN, [default: ^d(%a), v: ^c(%b)...]</c> -&gt; <c>llvm.switch</c> with the same case
/// values
/// and segments; every successor's arguments are converted.</summary>
internal sealed class SwitchOpLowering : OpConversionPattern<SwitchOp>
{
    // Converting a successor's signature retargets its other predecessors, which the driver then legalizes at once:
    // this pattern runs again on them, nested as deep as the chain of blocks it converts (see ConvertedSuccessor).
    public SwitchOpLowering(TypeConverter converter, Context context) : base(converter, context) =>
        HasBoundedRewriteRecursion = true;

    public override bool MatchAndRewrite(SwitchOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        int numDefault = op.DefaultOperands.Length;
        var defaultOperands = adaptor.Slice(1, numDefault).ToArray();
        var caseOperands = adaptor.Slice(1 + numDefault, adaptor.Count - 1 - numDefault).ToArray();
        var cases = op.CaseDestinations;
        var segments = op.CaseOperandSegments.Raw;
        if (segments.Length != cases.Count)
            return rewriter.NotifyMatchFailure(op, "case operand segments do not match the case destinations");
        if (!ConvertedSuccessor.CanConvert(TypeConverter!, op.DefaultDestination, defaultOperands, out var failure))
            return rewriter.NotifyMatchFailure(op, failure!);
        int start = 0;
        for (int i = 0; i < cases.Count; i++)
        {
            if (!ConvertedSuccessor.CanConvert(TypeConverter!, op.GetSuccessor(1 + i), caseOperands.AsSpan(start,
                (int)segments[i]), out failure))
                return rewriter.NotifyMatchFailure(op, failure!);
            start += (int)segments[i];
        }

        var defaultDest = ConvertedSuccessor.Convert(rewriter, TypeConverter!, op.GetSuccessor(0), defaultOperands);
        var caseDests = new Block[cases.Count];
        start = 0;
        for (int i = 0; i < caseDests.Length; i++)
        {
            caseDests[i] = ConvertedSuccessor.Convert(rewriter, TypeConverter!, op.GetSuccessor(1 + i),
                caseOperands.AsSpan(start, (int)segments[i]));
            start += (int)segments[i];
        }
        rewriter.SetInsertionPoint(op);
        var sw = Dialects.Llvm.SwitchOp.Create(rewriter, op.Location, adaptor[0], defaultOperands, caseOperands,
            defaultDest,
            caseDests, op.CaseOperandSegments, op.CaseValues);
        rewriter.ReplaceOp(op, sw);
        return true;
    }
}
