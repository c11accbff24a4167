using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Rewrite;

namespace Dialectic.Dialects.Scf;

/// <summary>Helpers the scf canonicalizations share.</summary>
internal static class ScfRewrites
{
    /// <summary>
    /// Replaces <paramref name="op"/> by the ops of the single block of <paramref name="region"/> (its arguments
    /// bound to <paramref name="blockArgs"/>), the results by what its terminator passes; the terminator is erased.
    /// </summary>
    public static void ReplaceOpWithRegion(PatternRewriter rewriter, Operation op, Region region, IReadOnlyList<Value>? blockArgs = null)
    {
        var block = region.FirstBlock!;
        var terminator = block.LastOp!;
        rewriter.InlineBlockBefore(block, op, blockArgs ?? []);
        // Read the yielded values after inlining: a yielded block argument has been replaced by its value.
        var results = Values(terminator.OpOperands);
        rewriter.ReplaceOp(op, results);
        rewriter.EraseOp(terminator);
    }

    public static List<Value> Values(System.ReadOnlySpan<OpOperand> operands)
    {
        var list = new List<Value>(operands.Length);
        foreach (var o in operands)
            list.Add(o.Value);
        return list;
    }

    public static List<Value?> NullableValues(System.ReadOnlySpan<OpOperand> operands)
    {
        var list = new List<Value?>(operands.Length);
        foreach (var o in operands)
            list.Add(o.Value);
        return list;
    }

    public static Type[] Types(System.ReadOnlySpan<OpResult> results)
    {
        var types = new Type[results.Length];
        for (int i = 0; i < types.Length; i++)
            types[i] = results[i].Type;
        return types;
    }

    /// <summary>The constant an integer or i1 value holds, or null.</summary>
    public static IntegerAttr? ConstantInt(Value value) => Operation.GetConstantValue(value) as IntegerAttr;

    /// <summary>True when <paramref name="value"/> is defined in <paramref name="region"/> itself (not in an
    /// ancestor or a nested region): MLIR's <c>value.getParentRegion() == region</c>.</summary>
    public static bool DefinedIn(Value value, Region region) => ReferenceEquals(value.ParentBlock?.Parent, region);

    /// <summary>True when <paramref name="value"/> is defined outside <paramref name="op"/>.</summary>
    public static bool DefinedOutside(Value value, Operation op)
    {
        var owner = value.ParentBlock?.ParentOp;
        for (var o = owner; o != null; o = o.ParentOp)
            if (ReferenceEquals(o, op))
                return false;
        return true;
    }

    /// <summary>Copies the discardable attributes of <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static void CopyAttributes(Operation from, Operation to) => to.Attributes = from.Attributes;
}
