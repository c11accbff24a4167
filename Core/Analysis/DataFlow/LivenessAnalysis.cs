using System.Collections.Generic;
using Dialectic.Core.Interfaces;
using Dialectic.Core.IR;

namespace Dialectic.Core.Analysis.DataFlow;

/// <summary>
/// Sparse backward liveness over SSA values (MLIR's <c>LivenessAnalysis</c> run by <c>RunLivenessAnalysis</c>):
/// a value is live when it may affect the program's observable behaviour. Roots are the operands of ops with
/// memory effects other than reads and allocations (or unknown effects), of return-like terminators of callables whose callers are not all known,
/// non-forwarded branch operands (conditions), operands of calls to callables this analysis does not track, and
/// block arguments no pass could remove. Liveness flows backwards: from a result of a simple op to all its
/// operands; from a successor block argument to the operand each predecessor forwards; from a call result to the
/// matching return operand of a tracked callee; from an entry argument of a tracked callee to the matching
/// operand of each call; from anything an op with regions defines (results, region arguments) to all its
/// operands and the operands of its regions' terminators.
/// </summary>
/// <remarks>
/// Lattice: dead (bottom) or live; each value becomes live at most once, so the solve is O(values + uses). Ops
/// with regions are treated as one unit (more conservative than MLIR's region-successor tracking: when one result
/// of an <c>scf.if</c> is live, every yielded value is). Every block is assumed executable.
/// </remarks>
public sealed class LivenessAnalysis
{
    private readonly HashSet<Value> _live = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Operation> _active = new(ReferenceEqualityComparer.Instance);
    private readonly Stack<Value> _work = new();
    private readonly List<MemoryEffectInstance> _effects = new();
    private readonly LivenessCallables _callables;

    /// <summary>Solves liveness for every value nested in <paramref name="root"/> (whose own operands and results
    /// are not considered).</summary>
    public LivenessAnalysis(Operation root)
    {
        Root = root;
        _callables = new LivenessCallables(root);
        SeedRoots();
        while (_work.Count > 0)
            Propagate(_work.Pop());
    }

    /// <summary>The op the analysis ran on.</summary>
    public Operation Root { get; }

    /// <summary>True when <paramref name="value"/> may affect observable behaviour.</summary>
    public bool IsLive(Value value) => _live.Contains(value);

    /// <summary>True when any of <paramref name="values"/> is live.</summary>
    public bool HasLive(System.ReadOnlySpan<OpResult> values)
    {
        foreach (var v in values)
            if (_live.Contains(v))
                return true;
        return false;
    }

    /// <summary>True when an op with regions must stay: one of its results or region arguments is live, or it has
    /// memory effects.</summary>
    public bool IsActive(Operation op) => _active.Contains(op);

    /// <summary>
    /// The callables whose callers are all known, each with its calls: private symbol ops with a body and a
    /// <c>function_type</c>, referenced only as the callee of calls that forward every operand to an argument.
    /// Only their signatures may change.
    /// </summary>
    public IReadOnlyDictionary<Operation, List<Operation>> TrackedCallables => _callables.CallSites;

    private void MarkLive(Value value)
    {
        if (_live.Add(value))
            _work.Push(value);
    }

    private void MarkOperandsLive(Operation op)
    {
        foreach (var operand in op.OpOperands)
            MarkLive(operand.Value);
    }

    /// <summary>Makes an op with regions (not a callable) live as a whole: its operands and the operands of the
    /// terminators that leave its regions may all feed what it defines.</summary>
    private void Activate(Operation op)
    {
        if (!_active.Add(op))
            return;
        MarkOperandsLive(op);
        foreach (var region in op.Regions)
            for (var b = region.FirstBlock; b != null; b = b.NextBlock)
                if (b.LastOp is { NumSuccessors: 0 } terminator && terminator.HasTrait(OpTraits.IsTerminator))
                    MarkOperandsLive(terminator);
    }

    private void SeedRoots()
    {
        var ops = new Stack<Operation>();
        foreach (var region in Root.Regions)
            PushBlocks(region, ops);
        while (ops.Count > 0)
        {
            var op = ops.Pop();
            SeedOp(op);
            foreach (var region in op.Regions)
                PushBlocks(region, ops);
        }
    }

    private void PushBlocks(Region region, Stack<Operation> ops)
    {
        for (var b = region.FirstBlock; b != null; b = b.NextBlock)
        {
            if (!b.IsEntryBlock && b.NumArguments > 0 && !ArgumentsRemovable(b))
                foreach (var arg in b.Arguments)
                    MarkLive(arg);
            for (var op = b.FirstOp; op != null; op = op.NextOp)
                ops.Push(op);
        }
    }

    /// <summary>True when every predecessor of <paramref name="block"/> declares the operands it forwards to each
    /// argument (so a dead argument can be removed with its operands).</summary>
    private static bool ArgumentsRemovable(Block block)
    {
        for (var use = block.FirstUse; use != null; use = use.NextUse)
        {
            var forwarded = BranchOps.GetSuccessorOperands(use.Owner, use.SuccessorIndex);
            if (forwarded == null || forwarded.ProducedOperandCount > 0 || forwarded.Count != block.NumArguments
                || HasRepeatedSuccessor(use.Owner))
                return false;
        }
        return true;
    }

    /// <summary>True when a branch names one block in several successor slots; as in MLIR 22, the arguments of
    /// all its successors are then kept. O(successors^2), successors are few.</summary>
    private static bool HasRepeatedSuccessor(Operation branch)
    {
        for (int i = 1; i < branch.NumSuccessors; i++)
            for (int j = 0; j < i; j++)
                if (ReferenceEquals(branch.GetSuccessor(i), branch.GetSuccessor(j)))
                    return true;
        return false;
    }

    private void SeedOp(Operation op)
    {
        if (op.NumSuccessors > 0)
        {
            SeedBranch(op);
            return;
        }
        if (LivenessCallables.CalleeOf(op) != null && op.NumRegions == 0)
        {
            // A tracked callee takes its operands' liveness from its arguments; any other call may use them all.
            if (_callables.TrackedCallee(op) == null)
                MarkOperandsLive(op);
            return;
        }
        bool effectFree = SideEffects.IsMemoryEffectFree(op);
        if (op.NumRegions > 0 && !LivenessCallables.IsCallableOp(op))
        {
            // An op with regions that no pass may erase (a terminator such as scf.reduce, a symbol) is live as a
            // whole: its regions' terminators use values nobody removes.
            if (!effectFree || op.HasTrait(OpTraits.IsTerminator) || op.HasTrait(OpTraits.Symbol)
                || op.HasTrait(OpTraits.SymbolTable))
                Activate(op);
            return;
        }
        if (op.HasTrait(OpTraits.IsTerminator) && op.ParentOp is { } parent && !ReferenceEquals(parent, Root))
        {
            if (LivenessCallables.IsCallableOp(parent))
            {
                // Returns of a tracked callable feed only the call results; others may be seen by anyone.
                bool fromBody = ReferenceEquals(op.ParentRegion, parent.Regions[0]);
                if (!fromBody || !_callables.IsTracked(parent) || !op.HasTrait(OpTraits.ReturnLike))
                    MarkOperandsLive(op);
                return;
            }
            if (!effectFree)
                MarkOperandsLive(op);
            // Otherwise the terminator leaves a region of its parent, live when the parent is.
            return;
        }
        // As MLIR 22: reading or allocating memory is not observable by itself; such an op keeps its operands
        // only through its live results.
        if ((!effectFree && !OnlyReadsOrAllocates(op)) || op.HasTrait(OpTraits.ReturnLike))
            MarkOperandsLive(op);
    }

    /// <summary>True when <paramref name="op"/> declares effects and each is a read or an allocation.</summary>
    private bool OnlyReadsOrAllocates(Operation op)
    {
        _effects.Clear();
        if (!SideEffects.TryGetEffects(op, _effects))
            return false;
        foreach (var effect in _effects)
            if (effect.Kind is not (MemoryEffectKind.Read or MemoryEffectKind.Allocate))
                return false;
        return true;
    }

    /// <summary>Operands a branch does not forward (conditions, switch flags) are live: they decide which block
    /// runs. A branch that does not declare its successor operands keeps them all.</summary>
    private void SeedBranch(Operation op)
    {
        if (!BranchOps.IsBranchOp(op) || !SideEffects.IsMemoryEffectFree(op))
        {
            MarkOperandsLive(op);
            return;
        }
        var forwarded = new bool[op.NumOperands];
        for (int i = 0; i < op.NumSuccessors; i++)
        {
            var operands = BranchOps.GetSuccessorOperands(op, i)!;
            for (int j = 0; j < operands.Length; j++)
                forwarded[operands.Start + j] = true;
        }
        for (int i = 0; i < forwarded.Length; i++)
            if (!forwarded[i])
                MarkLive(op.GetOperand(i));
    }

    private void Propagate(Value value)
    {
        if (value is OpResult result)
        {
            var op = result.Owner;
            if (_callables.TrackedCallee(op) is { } callee)
            {
                for (var b = LivenessCallables.CallableRegion(callee)!.FirstBlock; b != null; b = b.NextBlock)
                    if (b.LastOp is { } ret && ret.HasTrait(OpTraits.ReturnLike))
                        MarkLive(ret.GetOperand(result.ResultNumber));
            }
            else if (op.NumRegions > 0 && !LivenessCallables.IsCallableOp(op))
                Activate(op);
            else
                MarkOperandsLive(op);
            return;
        }
        var arg = (BlockArgument)value;
        var block = arg.Owner;
        if (!block.IsEntryBlock)
        {
            // Each predecessor forwards one operand to the argument (checked by ArgumentsRemovable, else all
            // arguments were seeded live and their predecessors' operands too).
            for (var use = block.FirstUse; use != null; use = use.NextUse)
            {
                var forwarded = BranchOps.GetSuccessorOperands(use.Owner, use.SuccessorIndex);
                if (forwarded == null)
                    MarkOperandsLive(use.Owner);
                else if (!forwarded.IsOperandProduced(arg.ArgNumber) && arg.ArgNumber < forwarded.Count)
                    MarkLive(forwarded[arg.ArgNumber]!);
            }
            return;
        }
        if (block.ParentOp is not { } parent || ReferenceEquals(parent, Root))
            return;
        if (LivenessCallables.IsCallableOp(parent))
        {
            if (ReferenceEquals(block.Parent, parent.Regions[0]) && _callables.CallSites.TryGetValue(parent, out var calls))
                foreach (var call in calls)
                    MarkLive(call.GetOperand(arg.ArgNumber));
            return;
        }
        Activate(parent);
    }
}
