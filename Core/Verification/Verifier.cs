using System.Collections.Generic;
using Dialectic.Core.Diagnostics;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Core.Verification;

/// <summary>
/// Checks structural invariants (terminators, successors, region counts and kinds, isolation, symbol tables),
/// op-specific verifiers and SSA dominance, emitting MLIR's diagnostics. Iterative: any nesting depth works.
/// </summary>
public static class Verifier
{
    /// <summary>Verifies <paramref name="root"/> and everything nested; false after the first error.</summary>
    public static bool Verify(Operation root, bool attachOpNotes = true)
    {
        // Pass 1: every op's own invariants (as MLIR, before any dominance check); region verifiers run once the
        // ops nested in an op are verified (an exit marker is pushed below its children).
        var stack = new Stack<(Operation Op, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (op, exit) = stack.Pop();
            if (exit)
            {
                if (!VerifyRegionInvariants(op, attachOpNotes))
                    return false;
                continue;
            }
            if (!VerifyOp(op, attachOpNotes))
                return false;
            if (op.NumRegions > 0)
                stack.Push((op, true));
            PushChildren(stack, op, static inner => (inner, false));
        }
        // Pass 2: isolation and dominance of every operand; each entry carries its nearest isolated ancestor.
        var dominance = new DominanceInfo();
        var stack2 = new Stack<(Operation Op, Operation? Isolated)>();
        var children = new Stack<Operation>();
        stack2.Push((root, null));
        while (stack2.Count > 0)
        {
            var (op, isolated) = stack2.Pop();
            if (isolated != null && !VerifyIsolation(op, isolated, attachOpNotes))
                return false;
            if (!VerifyDominance(op, dominance, attachOpNotes))
                return false;
            var inner = op.HasTrait(OpTraits.IsIsolatedFromAbove) ? op : isolated;
            PushChildren(children, op, static o => o);
            while (children.Count > 0)
                stack2.Push((children.Pop(), inner));
        }
        return true;
    }

    /// <summary>Pushes the ops nested in <paramref name="op"/> so that they pop in program order.</summary>
    private static void PushChildren<T>(Stack<T> stack, Operation op, System.Func<Operation, T> entry)
    {
        for (int r = op.NumRegions - 1; r >= 0; r--)
            for (var b = op.Regions[r].LastBlock; b != null; b = b.PrevBlock)
                for (var inner = b.LastOp; inner != null; inner = inner.PrevOp)
                    stack.Push(entry(inner));
    }

    /// <summary>After the nested ops: the symbol table's uniqueness, then the op's region verifier (MLIR's
    /// <c>verifyRegionInvariants</c>).</summary>
    private static bool VerifyRegionInvariants(Operation op, bool notes)
    {
        // Each block's terminator, once its ops are verified (MLIR's verifyOnExit(Block)).
        if (!MayBeValidWithoutTerminator(op))
            for (int r = 0; r < op.NumRegions; r++)
                for (var block = op.Regions[r].FirstBlock; block != null; block = block.NextBlock)
                    if (block.LastOp is { IsRegistered: true } last && !last.HasTrait(OpTraits.IsTerminator))
                        return Fail(last, last.EmitError($"block with no terminator, has {Syntax.AsmPrinter.OperationInContextToString(last)}"), notes);
        var info = op.Name.Info;
        if (info == null)
            return true;
        if ((info.Traits & OpTraits.SymbolTable) != 0 && !VerifySymbolTable(op, notes))
            return false;
        if (info.VerifyRegions != null && !info.VerifyRegions(op))
        {
            if (op.Context.Diagnostics.LastEmitted is { } reported)
                Fail(op, reported, notes);
            return false;
        }
        return true;
    }

    private static Diagnostic Fail(Operation op, Diagnostic diag, bool attachOpNotes)
    {
        if (attachOpNotes)
            diag.AttachNote(CurrentOperationNote(op), op.Location);
        return diag;
    }

    /// <summary>MLIR's "see current operation:" note: the op in generic form.</summary>
    private static string CurrentOperationNote(Operation op)
    {
        string text = Syntax.AsmPrinter.OperationInContextToString(op);
        return op.NumRegions > 0 ? "see current operation: \n" + text : "see current operation: " + text;
    }

    private static bool VerifyOp(Operation op, bool notes)
    {
        var info = op.Name.Info;
        foreach (var operand in op.OpOperands)
            if (operand.Value is Syntax.ForwardRefValue)
                return Fail(op, op.EmitOpError("operation uses an undefined value"), notes);

        // MLIR's order (as mlir-opt reports it): region shapes, the declared invariants (counts, attributes, types),
        // then the other traits (terminator position, region arguments, type relations), then the op's verifier.
        // Checks that MLIR makes as ODS predicates or interface traits listed before those traits belong in the
        // op's VerifyPredicates() (run with the invariants).
        if (info != null && ((info.Traits & OpTraits.SymbolTable) != 0 || (info.Traits & OpTraits.SingleBlock) != 0))
        {
            if (op.NumRegions != 1 && (info.Traits & OpTraits.SymbolTable) != 0)
                return Fail(op, op.EmitOpError("requires one region"), notes);
            for (int i = 0; i < op.NumRegions; i++)
                if (op.Regions[i].BlockCount > 1)
                    return Fail(op, op.EmitOpError($"expects region #{i} to have 0 or 1 blocks"), notes);
        }
        if (info?.VerifyInvariants != null && !info.VerifyInvariants(op))
        {
            if (op.Context.Diagnostics.LastEmitted is { } reported)
                Fail(op, reported, notes);
            return false;
        }
        if (info != null)
        {
            var traits = info.Traits;
            if ((traits & OpTraits.IsTerminator) != 0 && op.Block != null && op.NextOp != null)
                return Fail(op, op.EmitOpError("must be the last operation in the parent block"), notes);
            if ((traits & OpTraits.NoRegionArguments) != 0)
                for (int i = 0; i < op.NumRegions; i++)
                    if (op.Regions[i].FirstBlock is { NumArguments: > 0 })
                        return Fail(op, op.EmitOpError(op.NumRegions == 1 ? "region should have no arguments" : $"region #{i} should have no arguments"), notes);
            if (!TraitVerifier.Verify(op, info.Traits))
                return Fail(op, op.Context.Diagnostics.LastEmitted!, notes);
        }
        if (info?.Verify != null && !info.Verify(op))
        {
            if (op.Context.Diagnostics.LastEmitted is { } reported)
                Fail(op, reported, notes);
            return false;
        }

        for (int r = 0; r < op.NumRegions; r++)
        {
            var region = op.Regions[r];
            for (var block = region.FirstBlock; block != null; block = block.NextBlock)
            {
                if (block == region.FirstBlock && !block.HasNoPredecessors)
                    return Fail(op, op.EmitError("entry block of region may not have predecessors"), notes);
                if (!VerifyBlock(op, block, notes))
                    return false;
            }
        }
        return true;
    }

    private static bool MayBeValidWithoutTerminator(Operation parent) =>
        !parent.IsRegistered
        || (parent.HasTrait(OpTraits.NoTerminator) && (parent.NumRegions != 1 || parent.Regions[0].HasOneBlock));

    private static bool VerifyBlock(Operation parent, Block block, bool notes)
    {
        foreach (var arg in block.Arguments)
            if (arg.Owner != block)
                return Fail(parent, parent.EmitOpError("block argument not owned by block"), notes);
        if (!MayBeValidWithoutTerminator(parent))
        {
            if (block.IsEmpty)
                return Fail(parent, parent.Context.EmitError(parent.Location, "empty block: expect at least a terminator"), notes);
        }
        for (var op = block.FirstOp; op != null; op = op.NextOp)
        {
            foreach (var succ in op.SuccessorOperands)
                if (succ.Target.Parent != block.Parent)
                    return Fail(op, op.EmitError("reference to block defined in another region"), notes);
        }
        return true;
    }

    /// <summary>
    /// Every operand of <paramref name="op"/> is defined inside <paramref name="isolated"/>, its nearest
    /// isolated-from-above ancestor. Operands defined in the user's own block are inside trivially; others walk
    /// up the definition's ancestors, O(depth).
    /// </summary>
    private static bool VerifyIsolation(Operation op, Operation isolated, bool notes)
    {
        foreach (var operand in op.OpOperands)
        {
            var defBlock = operand.Value.ParentBlock;
            if (defBlock == null || defBlock == op.Block)
                continue;
            bool inside = false;
            for (var p = defBlock.ParentOp; p != null; p = p.ParentOp)
                if (p == isolated)
                {
                    inside = true;
                    break;
                }
            if (inside)
                continue;
            Fail(op, op.EmitOpError("using value defined outside the region"), notes)
                .AttachNote("required by region isolation constraints", isolated.Location);
            return false;
        }
        return true;
    }

    private static bool VerifySymbolTable(Operation op, bool notes)
    {
        if (op.NumRegions != 1)
            return true;
        var seen = new Dictionary<string, Operation>();
        for (var b = op.Regions[0].FirstBlock; b != null; b = b.NextBlock)
            for (var inner = b.FirstOp; inner != null; inner = inner.NextOp)
            {
                if (SymbolTable.GetSymbolName(inner) is not { } name)
                    continue;
                if (seen.TryGetValue(name, out var prior))
                {
                    Fail(inner, inner.EmitError($"redefinition of symbol named '{name}'"), notes)
                        .AttachNote("see existing symbol definition here", prior.Location);
                    return false;
                }
                seen[name] = inner;
            }
        return true;
    }

    private static bool VerifyDominance(Operation op, DominanceInfo dom, bool notes)
    {
        if (op.Block != null && !dom.IsReachable(op.Block))
            return true;
        var operands = op.OpOperands;
        for (int i = 0; i < operands.Length; i++)
        {
            var v = operands[i].Value;
            if (dom.ProperlyDominates(v, op))
                continue;
            var diag = Fail(op, op.EmitError($"operand #{i} does not dominate this use"), notes);
            if (v is BlockArgument arg)
            {
                var owner = arg.Owner;
                int index = 0;
                for (var b = owner.Parent!.FirstBlock; b != null && b != owner; b = b.NextBlock)
                    index++;
                diag.AttachNote($"operand defined as a block argument (block #{index} {Relation(v, op)})",
                    owner.ParentOp?.Location ?? v.Location);
            }
            else
            {
                diag.AttachNote($"operand defined here ({Relation(v, op)})", v.Location);
            }
            return false;
        }
        return true;
    }

    /// <summary>Where the definition of <paramref name="v"/> sits relative to <paramref name="user"/>, in MLIR's words.</summary>
    private static string Relation(Value v, Operation user)
    {
        var defBlock = v.ParentBlock!;
        var defRegion = defBlock.Parent;
        if (v is not BlockArgument && defBlock == user.Block)
            return "op in the same block";
        if (defRegion == user.ParentRegion)
            return v is BlockArgument ? "in the same region" : "op in the same region";
        for (var p = user.ParentOp; p != null; p = p.ParentOp)
            if (p.ParentRegion == defRegion)
                return v is BlockArgument ? "in a parent region" : "op in a parent region";
        if (defRegion?.ParentOp is { } defParent && user.IsAncestorOf(defParent))
            return v is BlockArgument ? "in a child region" : "op in a child region";
        return v is BlockArgument ? "neither in a parent nor in a child region" : "op is neither in a parent nor in a child region";
    }
}
