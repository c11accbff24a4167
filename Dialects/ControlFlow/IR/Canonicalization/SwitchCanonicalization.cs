using System.Collections.Generic;
using System.Numerics;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite;

namespace Dialectic.Dialects.ControlFlow;

/// <summary>The canonicalizations of <c>cf.switch</c> (upstream's six, in upstream's order). Case values are
/// compared as the raw bits of the flag's width.</summary>
internal static class SwitchCanonicalization
{
    public static void Add(RewritePatternSet patterns)
    {
        patterns.Add<SwitchOp>(SimplifyOnlyDefault, debugName: "SimplifySwitchWithOnlyDefault");
        patterns.Add<SwitchOp>(DropCasesMatchingDefault, debugName: "DropSwitchCasesThatMatchDefault");
        patterns.Add<SwitchOp>(SimplifyConstFlag, debugName: "SimplifyConstSwitchValue");
        patterns.Add<SwitchOp>(SimplifyPassThrough, debugName: "SimplifyPassThroughSwitch");
        patterns.Add<SwitchOp>(SimplifyFromSwitchOnSameFlag, debugName: "SimplifySwitchFromSwitchOnSameCondition");
        patterns.Add<SwitchOp>(SimplifyFromDefaultOfSwitchOnSameFlag, debugName: "SimplifySwitchFromDefaultSwitchOnSameCondition");
    }

    // switch %f : i32, [ default: ^d(x) ] -> br ^d(x)
    private static bool SimplifyOnlyDefault(SwitchOp op, PatternRewriter rewriter)
    {
        if (op.CaseDestinations.Count != 0)
            return false;
        CondBranchCanonicalization.ReplaceWithBranch(op, op.DefaultDestination, BranchCanonicalization.Values(op.DefaultOperands), rewriter);
        return true;
    }

    // switch [default: ^d(x), 5: ^d(x), ...] -> switch [default: ^d(x), ...]
    private static bool DropCasesMatchingDefault(SwitchOp op, PatternRewriter rewriter)
    {
        var rebuilt = new Cases();
        bool change = false;
        var dests = op.CaseDestinations;
        for (int i = 0; i < dests.Count; i++)
        {
            if (ReferenceEquals(dests[i], op.DefaultDestination) && SameValues(op.GetCaseOperands(i), op.DefaultOperands))
            {
                change = true;
                continue;
            }
            rebuilt.Add(op.GetCaseValueBits(i), dests[i], BranchCanonicalization.Values(op.GetCaseOperands(i)));
        }
        if (!change)
            return false;
        Replace(op, op.DefaultDestination, BranchCanonicalization.Values(op.DefaultOperands), rebuilt, null, rewriter);
        return true;
    }

    // switch %c5 [..., 5: ^b(x), ...] -> br ^b(x) ; no matching case -> br to the default
    private static bool SimplifyConstFlag(SwitchOp op, PatternRewriter rewriter)
    {
        if (BranchCanonicalization.ConstantInt(op.Flag) is not { } flag)
            return false;
        FoldTo(op, flag.Bits, rewriter);
        return true;
    }

    // a case or the default reaching a block that only branches on -> target that branch's destination
    private static bool SimplifyPassThrough(SwitchOp op, PatternRewriter rewriter)
    {
        var rebuilt = new Cases();
        bool change = false;
        var dests = op.CaseDestinations;
        for (int i = 0; i < dests.Count; i++)
        {
            var dest = dests[i];
            var operands = BranchCanonicalization.Values(op.GetCaseOperands(i));
            change |= BranchCanonicalization.CollapseBranch(ref dest, ref operands);
            rebuilt.Add(0, dest, operands);
        }
        var defaultDest = op.DefaultDestination;
        var defaultOperands = BranchCanonicalization.Values(op.DefaultOperands);
        change |= BranchCanonicalization.CollapseBranch(ref defaultDest, ref defaultOperands);
        if (!change)
            return false;
        Replace(op, defaultDest, defaultOperands, rebuilt, op.CaseValues, rewriter);
        return true;
    }

    // ^p: switch %f [5: ^this] ; ^this: switch %f [...] (^p the only predecessor) -> fold ^this's switch with 5
    private static bool SimplifyFromSwitchOnSameFlag(SwitchOp op, PatternRewriter rewriter)
    {
        var block = op.Block!;
        if (block.SinglePredecessor?.LastOp is not SwitchOp pred || !ReferenceEquals(pred.Flag, op.Flag)
            || ReferenceEquals(pred.DefaultDestination, block))
            return false;
        var predDests = pred.CaseDestinations;
        for (int i = 0; i < predDests.Count; i++)
            if (ReferenceEquals(predDests[i], block))
            {
                FoldTo(op, pred.GetCaseValueBits(i), rewriter);
                return true;
            }
        CondBranchCanonicalization.ReplaceWithBranch(op, op.DefaultDestination, BranchCanonicalization.Values(op.DefaultOperands), rewriter);
        return true;
    }

    // ^p: switch %f [default: ^this, 5: ^x] ; ^this: switch %f [5: ^y, 6: ^z] -> ^this: switch %f [6: ^z]
    private static bool SimplifyFromDefaultOfSwitchOnSameFlag(SwitchOp op, PatternRewriter rewriter)
    {
        var block = op.Block!;
        if (block.SinglePredecessor?.LastOp is not SwitchOp pred || !ReferenceEquals(pred.Flag, op.Flag)
            || !ReferenceEquals(pred.DefaultDestination, block))
            return false;
        var impossible = new HashSet<BigInteger>();
        var predDests = pred.CaseDestinations;
        for (int i = 0; i < predDests.Count; i++)
            if (!ReferenceEquals(predDests[i], block))
                impossible.Add(pred.GetCaseValueBits(i));
        var rebuilt = new Cases();
        bool change = false;
        var dests = op.CaseDestinations;
        for (int i = 0; i < dests.Count; i++)
        {
            var bits = op.GetCaseValueBits(i);
            if (impossible.Contains(bits))
            {
                change = true;
                continue;
            }
            rebuilt.Add(bits, dests[i], BranchCanonicalization.Values(op.GetCaseOperands(i)));
        }
        if (!change)
            return false;
        Replace(op, op.DefaultDestination, BranchCanonicalization.Values(op.DefaultOperands), rebuilt, null, rewriter);
        return true;
    }

    /// <summary>Replaces <paramref name="op"/> by a branch to the case whose value is <paramref name="bits"/>, or to
    /// the default.</summary>
    private static void FoldTo(SwitchOp op, BigInteger bits, PatternRewriter rewriter)
    {
        var dests = op.CaseDestinations;
        for (int i = 0; i < dests.Count; i++)
            if (op.GetCaseValueBits(i) == bits)
            {
                CondBranchCanonicalization.ReplaceWithBranch(op, dests[i], BranchCanonicalization.Values(op.GetCaseOperands(i)), rewriter);
                return;
            }
        CondBranchCanonicalization.ReplaceWithBranch(op, op.DefaultDestination, BranchCanonicalization.Values(op.DefaultOperands), rewriter);
    }

    private static bool SameValues(System.ReadOnlySpan<OpOperand> a, System.ReadOnlySpan<OpOperand> b)
    {
        if (a.Length != b.Length)
            return false;
        for (int i = 0; i < a.Length; i++)
            if (!ReferenceEquals(a[i].Value, b[i].Value))
                return false;
        return true;
    }

    /// <summary>Replaces <paramref name="op"/> by a switch on the same flag with <paramref name="cases"/>; their
    /// values are <paramref name="caseValues"/> when given, else rebuilt from the case bits (none when empty).</summary>
    private static void Replace(SwitchOp op, Block defaultDest, List<Value> defaultOperands, Cases cases, Attribute? caseValues,
        PatternRewriter rewriter)
    {
        var allOperands = new List<Value>();
        var segments = new long[cases.Dests.Count];
        for (int i = 0; i < cases.Dests.Count; i++)
        {
            allOperands.AddRange(cases.Operands[i]);
            segments[i] = cases.Operands[i].Count;
        }
        caseValues ??= cases.Dests.Count == 0 ? null : BuildCaseValues(op.Flag.Type, cases.Bits);
        rewriter.SetInsertionPoint(op);
        var newOp = SwitchOp.Create(rewriter, op.Location, op.Flag, defaultOperands.ToArray(), allOperands.ToArray(), defaultDest,
            cases.Dests.ToArray(), DenseArrayAttr.Get(rewriter.Context.I(32), segments), caseValues);
        rewriter.ReplaceOp(op, newOp);
    }

    /// <summary><c>dense&lt;...&gt; : vector&lt;N x type&gt;</c> of raw bits (a splat when all are equal).</summary>
    private static DenseIntOrFPElementsAttr BuildCaseValues(Type type, List<BigInteger> values)
    {
        var vectorType = VectorType.Get([values.Count], type);
        int storageBits = DenseIntOrFPElementsAttr.StorageBits(type);
        bool splat = true;
        for (int i = 0; i < values.Count; i++)
            splat &= values[i] == values[0];
        int stored = splat ? 1 : values.Count;
        var data = new byte[DenseIntOrFPElementsAttr.StorageBytes(storageBits, stored)];
        for (int i = 0; i < stored; i++)
            DenseIntOrFPElementsAttr.WriteBits(data, storageBits, i, values[i]);
        return DenseIntOrFPElementsAttr.GetRaw(vectorType, data, splat);
    }

    /// <summary>The cases of a switch being rebuilt, in order.</summary>
    private sealed class Cases
    {
        public readonly List<BigInteger> Bits = new();
        public readonly List<Block> Dests = new();
        public readonly List<List<Value>> Operands = new();

        public void Add(BigInteger bits, Block dest, List<Value> operands)
        {
            Bits.Add(bits);
            Dests.Add(dest);
            Operands.Add(operands);
        }
    }
}
