using System.Collections.Generic;
using Dialectic.Core.Interfaces;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Rewrite;

namespace Dialectic.Passes.Transforms;

/// <summary>
/// MLIR's <c>inlineCall</c>: replaces a call by a copy of the callee's body, asking the dialects' <see
/// cref="InlinerInterface"/> whether every op may move and how terminators become branches or forwarded values.
/// </summary>
public static class InlinerUtils
{
    /// <summary>
    /// Inlines a copy of <paramref name="source"/> (the body of <paramref name="callable"/>) at
    /// <paramref name="call"/>, replacing the call's results and erasing the call. False, with the IR untouched, when
    /// a dialect forbids it or the call does not match the body's signature. A single-block body is spliced in place
    /// of the call; a multi-block body splits the caller's block after the call, the returned values becoming the
    /// arguments of the continuation block. Inlined ops get <c>callsite(callee loc at call loc)</c> locations.
    /// </summary>
    public static bool InlineCall(Operation call, Operation callable, Region source) =>
        InlineCall(call, callable, source, null);

    /// <summary>As <see cref="InlineCall(Operation, Operation, Region)"/>, appending to
    /// <paramref name="newCalls"/> the call ops (see <see cref="Core.Pass.Analysis.CallGraph.CalleeOf"/>) the
    /// inlined body brought, in order.</summary>
    public static bool InlineCall(Operation call, Operation callable, Region source, List<Operation>? newCalls)
    {
        var callBlock = call.Block;
        var entry = source.FirstBlock;
        if (callBlock?.Parent is not { } destination || entry == null || entry.NumArguments != call.NumOperands)
            return false;
        var callInterface = InlinerInterface.For(call);
        if (callInterface == null || !callInterface.IsLegalToInline(call, callable, wouldBeCloned: true))
            return false;
        var mapping = new IRMapping();
        if (InlinerInterface.For(callable) is not { } calleeInterface
            || !calleeInterface.IsLegalToInline(destination, source, wouldBeCloned: true, mapping))
            return false;
        if (!AllOpsLegal(source, destination, mapping))
            return false;
        // Result types must match the returned values; argument types are converted by the call's dialect.
        for (var b = source.FirstBlock; b != null; b = b.NextBlock)
        {
            var terminator = b.LastOp;
            if (terminator == null || terminator.NumSuccessors > 0)
                continue;
            if (terminator.NumOperands != call.NumResults)
                return false;
            for (int i = 0; i < call.NumResults; i++)
                if (!ReferenceEquals(terminator.GetOperand(i).Type, call.GetResult(i).Type))
                    return false;
        }
        var builder = new OpBuilder(call.Context);
        builder.SetInsertionPoint(call);
        var arguments = new Value[call.NumOperands];
        var conversions = new List<Operation>();
        for (int i = 0; i < arguments.Length; i++)
        {
            var operand = call.GetOperand(i);
            var expected = entry.GetArgument(i).Type;
            if (ReferenceEquals(operand.Type, expected))
            {
                arguments[i] = operand;
                continue;
            }
            var cast = callInterface.MaterializeCallConversion(builder, operand, expected, call.Location);
            if (cast == null || cast.NumResults != 1)
            {
                foreach (var c in conversions)
                    c.Erase();
                return false;
            }
            conversions.Add(cast);
            arguments[i] = cast.GetResult(0);
        }

        // Copy the whole callable (a deep clone maps forward references across blocks correctly), then move its
        // blocks out of the copy.
        var copy = callable.Clone();
        var copied = copy.Regions[source.RegionNumber];
        RemapLocations(copied, call.Location);
        if (newCalls != null)
            CollectCalls(copied, newCalls);
        var rewriter = new IRRewriter(call.Context);
        var post = rewriter.SplitBlock(callBlock, call.NextOp);
        var newBlocks = new List<Block>();
        while (copied.FirstBlock is { } block)
        {
            copied.Remove(block);
            destination.InsertBefore(post, block);
            newBlocks.Add(block);
        }
        copy.Erase();
        var newEntry = newBlocks[0];
        var results = new Value[call.NumResults];
        for (int i = 0; i < results.Length; i++)
            results[i] = call.GetResult(i);
        if (newBlocks.Count == 1)
        {
            var terminator = newEntry.LastOp!;
            if (InlinerInterface.For(terminator) is { } terminatorInterface)
                terminatorInterface.HandleTerminator(terminator, results);
            terminator.Erase();
            rewriter.InlineBlockBefore(newEntry, callBlock, null, arguments);
            rewriter.MergeBlocks(post, callBlock);
        }
        else
        {
            for (int i = 0; i < results.Length; i++)
                results[i].ReplaceAllUsesWith(post.AddArgument(results[i].Type, call.Location));
            foreach (var block in newBlocks)
                if (block.LastOp is { } terminator && InlinerInterface.For(terminator) is { } terminatorInterface)
                    terminatorInterface.HandleTerminator(terminator, post);
            rewriter.InlineBlockBefore(newEntry, callBlock, null, arguments);
        }
        call.Erase();
        return true;
    }

    private static void CollectCalls(Region region, List<Operation> calls)
    {
        var work = new Stack<Operation>();
        for (var b = region.LastBlock; b != null; b = b.PrevBlock)
            for (var op = b.LastOp; op != null; op = op.PrevOp)
                work.Push(op);
        while (work.Count > 0)
        {
            var op = work.Pop();
            if (Core.Pass.Analysis.CallGraph.CalleeOf(op) != null)
            {
                calls.Add(op);
                continue;
            }
            for (int r = op.NumRegions - 1; r >= 0; r--)
                for (var b = op.Regions[r].LastBlock; b != null; b = b.PrevBlock)
                    for (var nested = b.LastOp; nested != null; nested = nested.PrevOp)
                        work.Push(nested);
        }
    }

    /// <summary>Asks each op's dialect whether it may be inlined into <paramref name="destination"/>; iterative,
    /// descending into nested regions unless the op's dialect vouches for them.</summary>
    private static bool AllOpsLegal(Region source, Region destination, IRMapping mapping)
    {
        var work = new Stack<Region>();
        work.Push(source);
        while (work.Count > 0)
        {
            var region = work.Pop();
            for (var b = region.FirstBlock; b != null; b = b.NextBlock)
                for (var op = b.FirstOp; op != null; op = op.NextOp)
                {
                    // Casts are inlinable everywhere (builtin has no inliner interface, as in MLIR).
                    if (op.Name.Name == "builtin.unrealized_conversion_cast")
                        continue;
                    var iface = InlinerInterface.For(op);
                    if (iface == null || !iface.IsLegalToInline(op, destination, wouldBeCloned: true, mapping))
                        return false;
                    if (!iface.ShouldAnalyzeRecursively(op))
                        continue;
                    foreach (var nested in op.Regions)
                        work.Push(nested);
                }
        }
        return true;
    }

    /// <summary>Wraps the location of every op in <paramref name="region"/> as <c>callsite(loc at callLoc)</c>.</summary>
    private static void RemapLocations(Region region, LocationAttr callLocation)
    {
        var cache = new Dictionary<LocationAttr, LocationAttr>(ReferenceEqualityComparer.Instance);
        var work = new Stack<Region>();
        work.Push(region);
        while (work.Count > 0)
        {
            var r = work.Pop();
            for (var b = r.FirstBlock; b != null; b = b.NextBlock)
                for (var op = b.FirstOp; op != null; op = op.NextOp)
                {
                    if (!cache.TryGetValue(op.Location, out var mapped))
                        cache[op.Location] = mapped = CallSiteLoc.Get(op.Location, callLocation);
                    op.Location = mapped;
                    foreach (var nested in op.Regions)
                        work.Push(nested);
                }
        }
    }
}
