using Dialectic.Core.IR;

namespace Dialectic.Dialects.Scf;

/// <summary>
/// MLIR's RegionBranchOpInterface verification: along each control-flow edge between the op (the "parent") and its
/// regions, the values passed (the branch point's operands) match the values received (the successor's inputs:
/// a region's entry block arguments, or the op's results) in number and type. Each op lists its edges in MLIR's
/// order (parent first, then each region's terminators) and calls <see cref="Edge"/> per edge. O(values).
/// </summary>
internal static class RegionBranchVerifier
{
    /// <summary>The terminators that are region branch points (MLIR's RegionBranchTerminatorOpInterface):
    /// return-like ops, <c>scf.condition</c> and <c>scf.reduce</c>.</summary>
    public static bool IsBranchTerminator(Operation? op) =>
        op != null && (op.HasTrait(OpTraits.ReturnLike) || op is ConditionOp or ReduceOp);

    /// <summary>The operands a branch-point terminator forwards: all of them, but <c>scf.condition</c>'s
    /// condition and nothing of <c>scf.reduce</c>.</summary>
    public static System.ReadOnlySpan<OpOperand> ForwardedOperands(Operation terminator) => terminator switch
    {
        ConditionOp c => c.Args,
        ReduceOp => default,
        _ => terminator.OpOperands,
    };

    /// <summary>Checks the edge from <paramref name="from"/> (null: the parent op) into region
    /// <paramref name="toRegion"/>, whose inputs are its entry block's arguments from <paramref name="firstArg"/> on.</summary>
    public static bool Edge(Operation op, Operation? from, int toRegion, System.ReadOnlySpan<OpOperand> operands, Block? entry, int firstArg)
    {
        int numInputs = entry == null ? 0 : System.Math.Max(0, entry.NumArguments - firstArg);
        if (operands.Length != numInputs)
            return CountError(op, from, toRegion, operands.Length, numInputs);
        for (int i = 0; i < numInputs; i++)
            if (!ReferenceEquals(operands[i].Value.Type, entry!.GetArgument(firstArg + i).Type))
                return TypeError(op, from, toRegion, i, operands[i].Value.Type, entry.GetArgument(firstArg + i).Type);
        return true;
    }

    /// <summary>Checks the edge from <paramref name="from"/> (null: the parent op) back to the parent, whose inputs
    /// are the op's results.</summary>
    public static bool EdgeToParent(Operation op, Operation? from, System.ReadOnlySpan<OpOperand> operands)
    {
        var results = op.Results;
        if (operands.Length != results.Length)
            return CountError(op, from, -1, operands.Length, results.Length);
        for (int i = 0; i < results.Length; i++)
            if (!ReferenceEquals(operands[i].Value.Type, results[i].Type))
                return TypeError(op, from, -1, i, operands[i].Value.Type, results[i].Type);
        return true;
    }

    private static bool CountError(Operation op, Operation? from, int toRegion, int operands, int inputs)
    {
        Report(op, from, toRegion, $": region branch point has {operands} operands, but region successor needs {inputs} inputs");
        return false;
    }

    private static bool TypeError(Operation op, Operation? from, int toRegion, int index, Type operand, Type input)
    {
        Report(op, from, toRegion, $": successor operand type #{index} '{operand}' should match successor input type #{index} '{input}'");
        return false;
    }

    private static void Report(Operation op, Operation? from, int toRegion, string detail)
    {
        if (!NestedOps.VerifyFirst(op))
            return;
        string source = from == null ? "parent" : "Operation " + from.Name.Name;
        string target = toRegion < 0 ? "parent" : "Region #" + toRegion;
        op.EmitOpError($"along control flow edge from {source} to {target}{detail}")
            .AttachNote("region branch point", (from ?? op).Location);
    }
}
