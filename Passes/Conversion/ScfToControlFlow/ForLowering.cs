using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Arith;
using Dialectic.Dialects.ControlFlow;
using Dialectic.Dialects.Scf;

namespace Dialectic.Passes.Conversion.ScfToControlFlow;

/// <summary>
/// <c>scf.for</c> -&gt; a condition block, the body blocks and an end block:
/// <code>
///   cf.br ^cond(%lb, %inits...)
/// ^cond(%iv, %iters...):  cmpi slt (ult with unsignedCmp) %iv, %ub; cf.cond_br %c, ^body, ^end
/// ^body:                  ...; %next = arith.addi %iv, %step; cf.br ^cond(%next, %yielded...)
/// ^end:                   the loop's results are ^cond's arguments after the induction variable
/// </code>
/// The block order (split point, inlined body, end) is MLIR's, so the output numbers blocks as mlir-opt does.
/// </summary>
internal sealed class ForLowering(Context context) : OpConversionPattern<ForOp>(context)
{
    public override bool MatchAndRewrite(ForOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var loc = op.Location;
        Value lowerBound = adaptor[0], upperBound = adaptor[1], step = adaptor[2];
        var inits = adaptor.Slice(3, adaptor.Count - 3).ToArray();

        var initBlock = op.Block!;
        var endBlock = rewriter.SplitBlock(initBlock, op);

        // The body's first block keeps the induction variable and the iteration arguments: it becomes the
        // condition block, and its ops move to a new first body block.
        var conditionBlock = op.Body.FirstBlock!;
        var firstBodyBlock = rewriter.SplitBlock(conditionBlock, conditionBlock.FirstOp);
        var lastBodyBlock = op.Body.LastBlock!;
        rewriter.InlineRegionBefore(op.Body, endBlock);
        var iv = conditionBlock.GetArgument(0);

        // Step the induction variable at the end of the last body block and branch back with the yielded values.
        var terminator = lastBodyBlock.Terminator!;
        rewriter.SetInsertionPointToEnd(lastBodyBlock);
        var stepped = AddIOp.Create(rewriter, loc, iv, step).Result;
        var loopCarried = new Value[terminator.NumOperands + 1];
        loopCarried[0] = stepped;
        for (int i = 0; i < terminator.NumOperands; i++)
            loopCarried[i + 1] = terminator.GetOperand(i);
        BranchOp.Create(rewriter, loc, loopCarried, conditionBlock);
        rewriter.EraseOp(terminator);

        // Enter the loop with the lower bound and the initial values.
        rewriter.SetInsertionPointToEnd(initBlock);
        var entryOperands = new Value[inits.Length + 1];
        entryOperands[0] = lowerBound;
        inits.CopyTo(entryOperands, 1);
        BranchOp.Create(rewriter, loc, entryOperands, conditionBlock);

        rewriter.SetInsertionPointToEnd(conditionBlock);
        var predicate = op.UnsignedCmp != null ? CmpIPredicate.Ult : CmpIPredicate.Slt;
        var comparison = CmpIOp.Create(rewriter, loc, Context.I(1), iv, upperBound,
            IntegerAttr.Get(Context.I(64), (long)predicate)).Result;
        CondBranchOp.Create(rewriter, loc, comparison, [], [], firstBodyBlock, endBlock);

        var results = new List<Value?>(conditionBlock.NumArguments - 1);
        for (int i = 1; i < conditionBlock.NumArguments; i++)
            results.Add(conditionBlock.GetArgument(i));
        rewriter.ReplaceOp(op, results);
        return true;
    }
}
