using System.Collections.Generic;
using Dialectic.Core.Analysis.DataFlow;
using Dialectic.Core.Interfaces;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Pass;
using Dialectic.Core.Rewrite;

namespace Dialectic.Passes.Transforms;

/// <summary>
/// MLIR's <c>remove-dead-values</c>: runs <see cref="LivenessAnalysis"/> over the op it runs on, then
/// (A) drops the dead arguments of callables whose callers are all known (private functions only called) with the
/// matching call operands, (B) drops the results of such callables that are dead at every call, with the return
/// operands and call results, (C) drops dead arguments of successor blocks with the branch operands forwarded to
/// them, and (D) erases ops without memory effects none of whose results is live (an op with regions as a whole,
/// when nothing it defines is live).
/// </summary>
/// <remarks>
/// With <c>canonicalize</c> (the default) the region-branch ops left are then canonicalized, as in MLIR.
/// Differences from MLIR 22: liveness treats an op with regions as one unit (a live result keeps every value its
/// regions yield; MLIR tracks each result and replaces dead yielded values with <c>ub.poison</c>); every block
/// counts as reachable (MLIR runs dead-code analysis with constant propagation); and where MLIR 22 leaves invalid
/// IR or crashes (a dead operand of a call to a public function, a block reached with dead arguments from several
/// branches, a private function also referenced by something else than calls) this pass keeps the values, and a
/// function referenced other than by calls keeps its signature.
/// </remarks>
public sealed class RemoveDeadValues : Pass<RemoveDeadValuesOptions>
{
    private FrozenRewritePatternSet? _patterns;
    private Context? _patternsContext;

    public override string Argument => "remove-dead-values";

    public override string Description => "Remove dead values";

    protected override void RunOnOperation()
    {
        var liveness = new LivenessAnalysis(Operation);

        // Dead ops first lose their operands, so that the values they used have no uses left from them.
        var dead = new List<Operation>();
        var blocks = new List<Block>();
        Collect(liveness, dead, blocks);
        foreach (var op in dead)
            op.DropAllReferences();

        // Every operand feeding a dead argument or result goes before any argument or result: a dead value may
        // itself be forwarded to another block, passed to another call or returned.
        foreach (var block in blocks)
            EraseForwardedOperands(block, liveness);
        var plans = new List<CallablePlan>();
        foreach (var (callable, calls) in liveness.TrackedCallables)
            if (PlanCallable(callable, calls, liveness) is { } plan)
                plans.Add(plan);
        foreach (var plan in plans)
            EraseCallOperandsAndReturns(plan);

        bool ok = true;
        foreach (var block in blocks)
            ok &= EraseDeadArguments(block, liveness);
        foreach (var plan in plans)
        {
            ok &= EraseDeadArguments(plan.Callable.Regions[0].FirstBlock!, liveness);
            RemoveDeadValuesSignature.UpdateSignature(plan.Callable, plan.Type, plan.DeadArgs, plan.DeadResults);
        }
        foreach (var plan in plans)
            ok &= EraseCallResults(plan);

        // Every use of what a dead op defines came from dead ops or from operands removed above; a use left
        // would be a bug in the analysis: report it rather than leave a dangling value.
        foreach (var op in dead)
            foreach (var result in op.Results)
                if (!result.UseEmpty)
                {
                    Context.EmitError(result.FirstUse!.Owner.Location,
                        "remove-dead-values: a value of an erased operation is still used");
                    ok = false;
                }
        foreach (var op in dead)
            op.Remove();
        if (!ok)
        {
            SignalPassFailure();
            return;
        }
        if (Options.Canonicalize)
            CanonicalizeRegionOps();
    }

    /// <summary>
    /// As MLIR with <c>canonicalize</c> set: applies the canonicalization patterns and folders greedily to the
    /// region-branch ops left (and to what rewriting them touches), which drops results left without uses,
    /// loops that never run and branches on constants.
    /// </summary>
    private void CanonicalizeRegionOps()
    {
        var ops = new List<Operation>();
        Operation.Walk(op =>
        {
            if (!ReferenceEquals(op, Operation) && IsRegionBranchLike(op))
                ops.Add(op);
        });
        if (ops.Count == 0)
            return;
        if (_patterns == null || !ReferenceEquals(_patternsContext, Context))
        {
            _patterns = new FrozenRewritePatternSet(CanonicalizationPatterns.Collect(Context));
            _patternsContext = Context;
        }
        GreedyPatternRewriteDriver.ApplyOpPatternsGreedily(ops, _patterns);
    }

    /// <summary>Our view of MLIR's <c>RegionBranchOpInterface</c>: ops declaring region control flow or loops, and
    /// other ops whose regions run inside them (recursive effects, not isolated, not symbols).</summary>
    private static bool IsRegionBranchLike(Operation op) =>
        op.NumRegions > 0 && (op is IRegionBranchOp || op is ILoopLikeOp
            || (op.HasTrait(OpTraits.RecursiveMemoryEffects) && !op.HasTrait(OpTraits.IsIsolatedFromAbove)
                && !op.HasTrait(OpTraits.Symbol) && !op.HasTrait(OpTraits.SymbolTable)));

    /// <summary>Collects, in pre-order, the ops to erase (not entering them) and the non-entry blocks with
    /// arguments outside them.</summary>
    private static void Collect(LivenessAnalysis liveness, List<Operation> dead, List<Block> blocks)
    {
        var work = new Stack<Region>();
        foreach (var region in liveness.Root.Regions)
            work.Push(region);
        while (work.Count > 0)
        {
            for (var b = work.Pop().FirstBlock; b != null; b = b.NextBlock)
            {
                if (!b.IsEntryBlock && b.NumArguments > 0)
                    blocks.Add(b);
                for (var op = b.FirstOp; op != null; op = op.NextOp)
                {
                    if (IsErasable(op, liveness))
                    {
                        dead.Add(op);
                        continue;
                    }
                    foreach (var region in op.Regions)
                        work.Push(region);
                }
            }
        }
    }

    /// <summary>An op whose results (and, for an op with regions, region arguments) are all dead and that has no
    /// memory effects, or (without regions) only reads or allocates and uses a dead value; terminators, branches,
    /// symbols and calls are never erased here.</summary>
    private static bool IsErasable(Operation op, LivenessAnalysis liveness)
    {
        if (op.HasTrait(OpTraits.IsTerminator) || op.NumSuccessors > 0 || op.HasTrait(OpTraits.Symbol)
            || op.HasTrait(OpTraits.SymbolTable) || op.GetInherentAttr("callee") != null || op.GetAttr("callee") != null)
            return false;
        if (liveness.HasLive(op.Results))
            return false;
        if (op.NumRegions > 0)
            return SideEffects.IsMemoryEffectFree(op) && !liveness.IsActive(op);
        // As MLIR 22, an op with effects goes when it uses a dead value: the analysis keeps every operand of an op
        // that writes, frees or has unknown effects, so only reads and allocations get here.
        return SideEffects.IsMemoryEffectFree(op) || HasDeadOperand(op, liveness);
    }

    private static bool HasDeadOperand(Operation op, LivenessAnalysis liveness)
    {
        foreach (var operand in op.OpOperands)
            if (!liveness.IsLive(operand.Value))
                return true;
        return false;
    }

    // ^bb1(%dead: i32): ... with br ^bb1(%x) -> ^bb1: ... with br ^bb1
    private void EraseForwardedOperands(Block block, LivenessAnalysis liveness)
    {
        bool any = false;
        for (int i = 0; i < block.NumArguments && !any; i++)
            any = !liveness.IsLive(block.GetArgument(i));
        if (!any)
            return;
        // The analysis keeps every argument of a block it could not rewrite live, so each predecessor declares
        // one forwarded operand per argument here.
        for (var use = block.FirstUse; use != null; use = use.NextUse)
        {
            var forwarded = BranchOps.GetSuccessorOperands(use.Owner, use.SuccessorIndex)!;
            for (int i = block.NumArguments - 1; i >= 0; i--)
                if (!liveness.IsLive(block.GetArgument(i)))
                    forwarded.Erase(i);
        }
    }

    private bool EraseDeadArguments(Block block, LivenessAnalysis liveness)
    {
        for (int i = block.NumArguments - 1; i >= 0; i--)
        {
            var arg = block.GetArgument(i);
            if (liveness.IsLive(arg))
                continue;
            if (!arg.UseEmpty)
            {
                Context.EmitError(arg.Location, "remove-dead-values: a dead block argument is still used");
                return false;
            }
            block.EraseArgument(i);
        }
        return true;
    }

    /// <summary>What changes in one tracked callable's signature.</summary>
    private sealed record CallablePlan(Operation Callable, List<Operation> Calls, FunctionType Type, bool[] DeadArgs,
        bool[] DeadResults, bool AnyArg, bool AnyResult);

    // func.func private @f(%dead, %x) -> (dead at every call, live) => func.func private @f(%x) -> (live)
    private static CallablePlan? PlanCallable(Operation callable, List<Operation> calls, LivenessAnalysis liveness)
    {
        var entry = callable.Regions[0].FirstBlock!;
        var type = (FunctionType)RemoveDeadValuesSignature.FunctionTypeOf(callable)!.Value;
        var deadArgs = new bool[entry.NumArguments];
        bool anyArg = false;
        for (int i = 0; i < deadArgs.Length; i++)
            anyArg |= deadArgs[i] = !liveness.IsLive(entry.GetArgument(i));
        var deadResults = new bool[type.Results.Length];
        System.Array.Fill(deadResults, true);
        foreach (var call in calls)
            for (int i = 0; i < deadResults.Length; i++)
                if (liveness.IsLive(call.GetResult(i)))
                    deadResults[i] = false;
        bool anyResult = System.Array.IndexOf(deadResults, true) >= 0;
        return anyArg || anyResult ? new CallablePlan(callable, calls, type, deadArgs, deadResults, anyArg, anyResult) : null;
    }

    private void EraseCallOperandsAndReturns(CallablePlan plan)
    {
        if (plan.AnyArg)
            foreach (var call in plan.Calls)
                RemoveDeadValuesSignature.EraseOperands(call, plan.DeadArgs);
        if (plan.AnyResult)
            for (var b = plan.Callable.Regions[0].FirstBlock; b != null; b = b.NextBlock)
                if (b.LastOp is { } ret && ret.HasTrait(OpTraits.ReturnLike))
                    RemoveDeadValuesSignature.EraseOperands(ret, plan.DeadResults);
    }

    private bool EraseCallResults(CallablePlan plan)
    {
        if (!plan.AnyResult)
            return true;
        foreach (var call in plan.Calls)
        {
            if (!RemoveDeadValuesSignature.EraseResults(call, plan.DeadResults))
            {
                Context.EmitError(call.Location, "remove-dead-values: a dead call result is still used");
                return false;
            }
        }
        return true;
    }
}
