using System.Collections.Generic;
using System.Threading;
using Dialectic.Core.IR;

namespace Dialectic.Core.Syntax;

/// <summary>
/// Assigns printed names to values and blocks exactly as MLIR's printer does. Regions are numbered from a
/// LIFO work list: a region's own values first, then the regions nested in its ops. In custom form each
/// region restarts from the counters its parent region had once fully numbered (so sibling regions reuse
/// numbers); in generic form (MLIR's unique-SSA-ids mode) counters are never restored, so every value of the
/// printed op gets a distinct number. Entry-block arguments are <c>%argN</c>, other block arguments and
/// results <c>%N</c>, blocks <c>^bbN</c> per region.
/// Names are stored in scratch fields stamped with a fresh epoch, so one IR can be printed by successive
/// printers (not concurrently by several). Iterative over nesting depth.
/// </summary>
internal sealed class SsaNameState
{
    private static int s_epoch;

    public SsaNameState(Operation root, bool uniqueIds = false)
    {
        Epoch = Interlocked.Increment(ref s_epoch);
        int nextValue = 0, nextArg = 0;
        var contexts = new Stack<(Region Region, int NextValue, int NextArg)>();
        foreach (var region in root.Regions)
            contexts.Push((region, nextValue, nextArg));
        NumberOp(root, ref nextValue);
        // Regions of the root were pushed before the root's results were numbered, as in MLIR.
        while (contexts.Count > 0)
        {
            var (region, v, a) = contexts.Pop();
            if (!uniqueIds)
            {
                nextValue = v;
                nextArg = a;
            }
            int nextBlock = 0;
            for (var block = region.FirstBlock; block != null; block = block.NextBlock)
            {
                block.AsmEpoch = Epoch;
                block.AsmId = nextBlock++;
                bool entry = block.PrevBlock == null;
                foreach (var arg in block.Arguments)
                {
                    arg.AsmEpoch = Epoch;
                    arg.AsmIsArg = entry;
                    arg.AsmId = entry ? nextArg++ : nextValue++;
                }
                for (var op = block.FirstOp; op != null; op = op.NextOp)
                    NumberOp(op, ref nextValue);
            }
            for (var block = region.FirstBlock; block != null; block = block.NextBlock)
                for (var op = block.FirstOp; op != null; op = op.NextOp)
                    foreach (var nested in op.Regions)
                        contexts.Push((nested, nextValue, nextArg));
        }
    }

    public int Epoch { get; }

    private void NumberOp(Operation op, ref int nextValue)
    {
        if (op.NumResults == 0)
            return;
        var r0 = op.GetResult(0);
        r0.AsmEpoch = Epoch;
        r0.AsmIsArg = false;
        r0.AsmId = nextValue++;
    }

    /// <summary>True when <paramref name="v"/> was named by this state.</summary>
    public bool IsNamed(Value v)
    {
        if (v is OpResult r && r.ResultNumber > 0)
            return r.Owner.GetResult(0).AsmEpoch == Epoch;
        return v.AsmEpoch == Epoch;
    }

    /// <summary>Writes <c>%N</c>, <c>%argN</c> or <c>%N#i</c> for a use of <paramref name="v"/>.</summary>
    public void PrintValueId(AsmWriter w, Value v)
    {
        // Any result of a multi-result op is printed with its number, `%4#0` included (as MLIR does).
        if (v is OpResult r && (r.ResultNumber > 0 || r.Owner.NumResults > 1))
        {
            var first = r.Owner.GetResult(0);
            if (first.AsmEpoch != Epoch)
            {
                w.Write("<<UNKNOWN SSA VALUE>>");
                return;
            }
            w.Write('%');
            w.Write(first.AsmId);
            w.Write('#');
            w.Write(r.ResultNumber);
            return;
        }
        if (v.AsmEpoch != Epoch)
        {
            w.Write("<<UNKNOWN SSA VALUE>>");
            return;
        }
        w.Write(v.AsmIsArg ? "%arg" : "%");
        w.Write(v.AsmId);
    }

    /// <summary>Writes the definition name of an op's results: <c>%N</c> (the caller adds <c>:count</c>).</summary>
    public void PrintResultGroupName(AsmWriter w, Operation op)
    {
        var r0 = op.GetResult(0);
        w.Write('%');
        w.Write(r0.AsmId);
    }

    /// <summary>Writes <c>^bbN</c>.</summary>
    public void PrintBlockName(AsmWriter w, Block b)
    {
        if (b.AsmEpoch != Epoch)
        {
            w.Write("^INVALIDBLOCK");
            return;
        }
        w.Write("^bb");
        w.Write(b.AsmId);
    }

    /// <summary>The block's number within its region (for sorting predecessors).</summary>
    public int BlockOrdering(Block b) => b.AsmId;
}
