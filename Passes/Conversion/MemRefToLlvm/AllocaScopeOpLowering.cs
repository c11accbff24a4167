using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Llvm;
using Dialectic.Passes.Conversion.LlvmCommon;
using MemRefAllocaScopeOp = Dialectic.Dialects.MemRef.AllocaScopeOp;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Passes.Conversion.MemRefToLlvm;

/// <summary>
/// <c>memref.alloca_scope</c> (MLIR's <c>AllocaScopeOpLowering</c>): the block is split at the op, the body inlined
/// between, entered with <c>llvm.br</c> after <c>llvm.intr.stacksave</c> and left through a continuation block whose
/// arguments are the results, with <c>llvm.intr.stackrestore</c> before the exit branch. The save and restore are
/// left out while the llvm dialect lacks those intrinsics (the allocas then live until the function returns).
/// </summary>
internal sealed class AllocaScopeOpLowering(LlvmTypeConverter converter) : ConvertOpToLlvmPattern<MemRefAllocaScopeOp>(converter)
{
    public override bool MatchAndRewrite(MemRefAllocaScopeOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var region = op.BodyRegion;
        if (region.FirstBlock is not { } beforeBody || region.LastBlock is not { } afterBody
            || afterBody.Terminator is not Dialects.MemRef.AllocaScopeReturnOp returnOp)
            return rewriter.NotifyMatchFailure(op, "malformed body");
        var location = op.Location;
        var context = rewriter.Context;
        bool saveStack = context.GetOperationName("llvm.intr.stacksave").Info != null
            && context.GetOperationName("llvm.intr.stackrestore").Info != null;

        var currentBlock = op.Block!;
        var remainingOpsBlock = rewriter.SplitBlock(currentBlock, op);
        Block continueBlock;
        if (op.NumResults == 0)
            continueBlock = remainingOpsBlock;
        else
        {
            var types = new List<Type>(op.NumResults);
            var locations = new List<Core.IR.Attributes.LocationAttr>(op.NumResults);
            foreach (var result in op.Results)
            {
                types.Add(result.Type);
                locations.Add(location);
            }
            continueBlock = rewriter.CreateBlock(remainingOpsBlock.Parent!, remainingOpsBlock, types, locations);
            BrOp.Create(rewriter, location, [], remainingOpsBlock);
        }
        rewriter.InlineRegionBefore(region, continueBlock);

        rewriter.SetInsertionPointToEnd(currentBlock);
        Value? stack = null;
        if (saveStack)
        {
            var state = new OperationState(location, "llvm.intr.stacksave");
            state.ResultTypes.Add(LlvmTypeConverter.GetPointerType());
            stack = rewriter.Create(state).GetResult(0);
        }
        BrOp.Create(rewriter, location, [], beforeBody);

        rewriter.SetInsertionPoint(returnOp);
        var values = new Value[returnOp.NumOperands];
        for (int i = 0; i < values.Length; i++)
            values[i] = returnOp.GetOperand(i);
        if (stack != null)
        {
            var state = new OperationState(location, "llvm.intr.stackrestore");
            state.Operands.Add(stack);
            rewriter.Create(state);
        }
        var branch = BrOp.Create(rewriter, location, values, continueBlock);
        rewriter.ReplaceOp(returnOp, branch);

        var results = new Value?[op.NumResults];
        for (int i = 0; i < results.Length; i++)
            results[i] = continueBlock.GetArgument(i);
        rewriter.ReplaceOp(op, results);
        return true;
    }
}
