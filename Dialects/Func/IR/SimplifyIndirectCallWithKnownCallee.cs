using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Rewrite;

namespace Dialectic.Dialects.Func;

/// <summary>An indirect call through a constant callee becomes a direct call (MLIR's
/// <c>SimplifyIndirectCallWithKnownCallee</c>).</summary>
internal sealed class SimplifyIndirectCallWithKnownCallee(Context context) : OpRewritePattern<CallIndirectOp>(context)
{
    // call_indirect(constant @f)(args) -> call @f(args)
    public override bool MatchAndRewrite(CallIndirectOp op, PatternRewriter rewriter)
    {
        if (Operation.GetConstantValue(op.Callee) is not SymbolRefAttr callee)
            return false;
        var operands = op.CalleeOperands;
        var args = new Value[operands.Length];
        for (int i = 0; i < args.Length; i++)
            args[i] = operands[i].Value;
        var results = op.Outputs;
        var types = new Type[results.Length];
        for (int i = 0; i < types.Length; i++)
            types[i] = results[i].Type;
        var call = CallOp.Create(rewriter, op.Location, types, args, callee);
        rewriter.ReplaceOp(op, call);
        return true;
    }
}
