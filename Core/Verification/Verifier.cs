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
        // Whether some op's operands need pass 2 at all: decided here, while each op is in cache, so that the
        // common IR (every operand defined earlier in the user's block) is walked once, not twice.
        bool anyNonLocalOperand = false;
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
            if (!anyNonLocalOperand && !OperandsDefinedEarlierInBlock(op))
                anyNonLocalOperand = true;
            if (op.NumRegions > 0)
                stack.Push((op, true));
            // The nested ops, pushed last to first so that they pop in program order.
            for (int r = op.NumRegions - 1; r >= 0; r--)
                for (var b = op.Regions[r].LastBlock; b != null; b = b.PrevBlock)
                    for (var inner = b.LastOp; inner != null; inner = inner.PrevOp)
                        stack.Push((inner, false));
        }
        // Pass 2: isolation and dominance of every operand; each entry carries its nearest isolated ancestor. It
        // checks only ops that fail OperandsDefinedEarlierInBlock, so with none it would accept everything.
        if (!anyNonLocalOperand)
            return true;
        var dominance = new DominanceInfo();
        var stack2 = new Stack<(Operation Op, Operation? Isolated)>();
        stack2.Push((root, null));
        while (stack2.Count > 0)
        {
            var (op, isolated) = stack2.Pop();
            // Most ops take the fast path: operands defined earlier in their own block pass both checks.
            if (!OperandsDefinedEarlierInBlock(op))
            {
                if (isolated != null && !VerifyIsolation(op, isolated, attachOpNotes))
                    return false;
                if (!VerifyDominance(op, dominance, attachOpNotes))
                    return false;
            }
            var inner = op.HasTrait(OpTraits.IsIsolatedFromAbove) ? op : isolated;
            // The nested ops are pushed first to last, so siblings pop last to first (the order this pass has
            // always had: with several dominance errors among siblings, the last one is reported).
            for (int r = 0; r < op.NumRegions; r++)
                for (var b = op.Regions[r].FirstBlock; b != null; b = b.NextBlock)
                    for (var nested = b.FirstOp; nested != null; nested = nested.NextOp)
                        stack2.Push((nested, inner));
        }
        return true;
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
        for (int i = 0; i < block.NumArguments; i++)
            if (block.GetArgument(i).Owner != block)
                return Fail(parent, parent.EmitOpError("block argument not owned by block"), notes);
        if (!MayBeValidWithoutTerminator(parent))
        {
            if (block.IsEmpty)
                return Fail(parent, parent.Context.EmitError(parent.Location, "empty block: expect at least a terminator"), notes);
        }
        // By index: an interface enumerator here would allocate per op with successors.
        for (var op = block.FirstOp; op != null; op = op.NextOp)
            for (int i = 0; i < op.NumSuccessors; i++)
                if (op.GetSuccessor(i).Parent != block.Parent)
                    return Fail(op, op.EmitError("reference to block defined in another region"), notes);
        return true;
    }

    /// <summary>
    /// True when every operand of <paramref name="op"/> is an argument of the op's block or a result of an op before
    /// it in that block. Such a definition is inside every ancestor of the op (so inside any isolated one) and
    /// properly dominates the use in a CFG region, a graph region and a detached block alike: exactly the
    /// operands that <see cref="VerifyIsolation"/> and <see cref="VerifyDominance"/> would accept without
    /// looking further. True without operands; else false for an op outside any block. O(operands), average O(1)
    /// each.
    /// </summary>
    private static bool OperandsDefinedEarlierInBlock(Operation op)
    {
        if (op.NumOperands == 0)
            return true;
        var block = op.Block;
        if (block == null)
            return false;
        foreach (var operand in op.OpOperands)
        {
            switch (operand.Value)
            {
                case OpResult r when r.Owner.Block == block && r.Owner != op && r.Owner.IsBeforeInBlock(op):
                case BlockArgument a when a.Owner == block:
                    continue;
                default:
                    return false;
            }
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
