using System;
using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Arith;
using Dialectic.Dialects.Scf;

namespace Dialectic.Passes.Conversion.ScfToControlFlow;

/// <summary>
/// <c>scf.forall</c> without shared outputs -&gt; <c>scf.parallel</c> over the same bounds (static ones as
/// <c>arith.constant</c>s: lower bounds, then upper bounds, then steps) with the body moved over and its
/// <c>scf.forall.in_parallel</c> replaced by an empty <c>scf.reduce</c>; a <c>mapping</c> moves along.
/// </summary>
internal sealed class ForallLowering(Context context) : OpConversionPattern<ForallOp>(context)
{
    public override bool MatchAndRewrite(ForallOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        if (op.Outputs.Length != 0)
            return rewriter.NotifyMatchFailure(op,
                "only fully bufferized scf.forall ops can be lowered to scf.parallel");
        var loc = op.Location;
        rewriter.SetInsertionPoint(op);
        var lbs = Mixed(rewriter, loc, op.StaticLowerBound, op.DynamicLowerBound);
        var ubs = Mixed(rewriter, loc, op.StaticUpperBound, op.DynamicUpperBound);
        var steps = Mixed(rewriter, loc, op.StaticStep, op.DynamicStep);
        var parallel = ParallelOp.Create(rewriter, loc, [], lbs, ubs, steps, []);
        rewriter.InlineRegionBefore(op.Body, parallel.Body, null);
        var body = parallel.Body.FirstBlock!;
        var terminator = body.Terminator!;
        rewriter.SetInsertionPoint(terminator);
        ReduceOp.Create(rewriter, terminator.Location, [], 0);
        rewriter.EraseOp(terminator);
        if (op.Mapping is { } mapping)
            parallel.SetAttr("mapping", mapping);
        rewriter.ReplaceOp(op, parallel);
        return true;
    }

    /// <summary>The values of a mixed static/dynamic list: the dynamic operands in order where the static entry is
    /// the dynamic marker, <c>arith.constant</c>s elsewhere.</summary>
    private static Value[] Mixed(ConversionPatternRewriter rewriter, LocationAttr loc, DenseArrayAttr statics,
        ReadOnlySpan<OpOperand> dynamics)
    {
        var raw = statics.Raw;
        var values = new Value[raw.Length];
        int next = 0;
        for (int i = 0; i < raw.Length; i++)
            values[i] = raw[i] == ForallOp.DynamicMarker
                ? dynamics[next++].Value
                : ConstantOp.CreateIndex(rewriter, loc, raw[i]).Result;
        return values;
    }
}
