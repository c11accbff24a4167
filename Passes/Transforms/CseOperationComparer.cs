using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Dialectic.Core.IR;

namespace Dialectic.Passes.Transforms;

/// <summary>
/// CSE's notion of equal ops (MLIR's <c>SimpleOperationInfo</c>, ignoring locations): same name, properties,
/// discardable attributes, result types, successors and the very same operand values. Attributes and types are
/// uniqued, so each comparison is by reference. The operands of a commutative op are compared as a multiset and
/// hashed independently of their order, as MLIR's <c>OperationEquivalence</c> does. Ops holding non-empty regions
/// are only equal to themselves (MLIR compares such regions structurally; we leave those ops alone).
/// </summary>
internal sealed class CseOperationComparer : IEqualityComparer<Operation>
{
    public static readonly CseOperationComparer Instance = new();

    public int GetHashCode(Operation op)
    {
        var hash = new HashCode();
        hash.Add(RuntimeHelpers.GetHashCode(op.Name));
        hash.Add(op.Properties == null ? 0 : RuntimeHelpers.GetHashCode(op.Properties));
        hash.Add(RuntimeHelpers.GetHashCode(op.Attributes));
        if (op.HasTrait(OpTraits.Commutative))
        {
            int sum = 0; // order-independent
            for (int i = 0; i < op.NumOperands; i++)
                sum += RuntimeHelpers.GetHashCode(op.GetOperand(i));
            hash.Add(sum);
        }
        else
        {
            for (int i = 0; i < op.NumOperands; i++)
                hash.Add(RuntimeHelpers.GetHashCode(op.GetOperand(i)));
        }
        for (int i = 0; i < op.NumResults; i++)
            hash.Add(RuntimeHelpers.GetHashCode(op.GetResult(i).Type));
        return hash.ToHashCode();
    }

    public bool Equals(Operation? a, Operation? b)
    {
        if (ReferenceEquals(a, b))
            return true;
        if (a == null || b == null)
            return false;
        if (!ReferenceEquals(a.Name, b.Name) || !ReferenceEquals(a.Properties, b.Properties)
            || !ReferenceEquals(a.Attributes, b.Attributes) || a.NumOperands != b.NumOperands
            || a.NumResults != b.NumResults || a.NumSuccessors != b.NumSuccessors || a.NumRegions != b.NumRegions)
            return false;
        if (!(a.HasTrait(OpTraits.Commutative) ? SameOperandMultiset(a, b) : SameOperands(a, b)))
            return false;
        for (int i = 0; i < a.NumResults; i++)
            if (!ReferenceEquals(a.GetResult(i).Type, b.GetResult(i).Type))
                return false;
        for (int i = 0; i < a.NumSuccessors; i++)
            if (!ReferenceEquals(a.GetSuccessor(i), b.GetSuccessor(i)))
                return false;
        return !HasNonEmptyRegion(a) && !HasNonEmptyRegion(b);
    }

    private static bool SameOperands(Operation a, Operation b)
    {
        for (int i = 0; i < a.NumOperands; i++)
            if (!ReferenceEquals(a.GetOperand(i), b.GetOperand(i)))
                return false;
        return true;
    }

    /// <summary>Whether <paramref name="b"/>'s operands are <paramref name="a"/>'s in some order (same count).</summary>
    private static bool SameOperandMultiset(Operation a, Operation b)
    {
        int n = a.NumOperands;
        if (n == 2)
        {
            Value a0 = a.GetOperand(0), a1 = a.GetOperand(1), b0 = b.GetOperand(0), b1 = b.GetOperand(1);
            return (ReferenceEquals(a0, b0) && ReferenceEquals(a1, b1)) || (ReferenceEquals(a0, b1) && ReferenceEquals(a1, b0));
        }
        Span<bool> taken = n <= 64 ? stackalloc bool[n] : new bool[n];
        for (int i = 0; i < n; i++)
        {
            var value = a.GetOperand(i);
            int match = -1;
            for (int j = 0; j < n && match < 0; j++)
                if (!taken[j] && ReferenceEquals(value, b.GetOperand(j)))
                    match = j;
            if (match < 0)
                return false;
            taken[match] = true;
        }
        return true;
    }

    /// <summary>Whether <paramref name="op"/> holds a region with a block (such ops are never merged).</summary>
    public static bool HasNonEmptyRegion(Operation op)
    {
        for (int i = 0; i < op.NumRegions; i++)
            if (!op.Regions[i].IsEmpty)
                return true;
        return false;
    }
}
