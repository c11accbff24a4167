using Dialectic.Core.IR;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.ControlFlow;

namespace Dialectic.Passes.Conversion.ControlFlowToLlvm;

/// <summary><c>cf.br ^bb(%a)</c> -&gt; <c>llvm.br ^bb'(%a')</c>, the successor's arguments converted; the
/// discardable attributes move over.</summary>
internal sealed class BranchOpLowering : OpConversionPattern<BranchOp>
{
    // Converting a successor's signature retargets its other predecessors, which the driver then legalizes at once:
    // this pattern runs again on them, nested as deep as the chain of blocks it converts (see ConvertedSuccessor).
    public BranchOpLowering(TypeConverter converter, Context context) : base(converter, context) =>
        HasBoundedRewriteRecursion = true;

    public override bool MatchAndRewrite(BranchOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var operands = adaptor.Operands;
        if (!ConvertedSuccessor.CanConvert(TypeConverter!, op.Dest, operands, out var failure))
            return rewriter.NotifyMatchFailure(op, failure!);
        var dest = ConvertedSuccessor.Convert(rewriter, TypeConverter!, op.Dest, operands);
        rewriter.SetInsertionPoint(op);
        var br = Dialects.Llvm.BrOp.Create(rewriter, op.Location, adaptor.Operands, dest);
        CopyDiscardable(op, br);
        rewriter.ReplaceOp(op, br);
        return true;
    }

    /// <summary>Copies the discardable attributes of <paramref name="from"/> to <paramref name="to"/>.</summary>
    internal static void CopyDiscardable(Operation from, Operation to)
    {
        foreach (var attr in from.Attributes.Entries)
            to.SetAttr(attr.Name, attr.Value);
    }
}
