using System;
using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite;

/// <summary>
/// Structural comparison of single ops ignoring locations and operand identities (MLIR's
/// <c>OperationEquivalence</c> with <c>IgnoreLocations</c> and value equivalence ignored): same name, properties,
/// discardable attributes, result types, operand types and counts of operands, successors and regions. Ops with
/// non-empty regions are never equivalent here (regions are not compared).
/// </summary>
internal static class OperationEquivalence
{
    /// <summary>A hash consistent with <see cref="IsEquivalentIgnoringOperands"/>.</summary>
    public static int ComputeHash(Operation op)
    {
        var hash = new HashCode();
        hash.Add(op.Name);
        hash.Add(op.Properties);
        hash.Add(op.Attributes);
        foreach (var result in op.Results)
            hash.Add(result.Type);
        return hash.ToHashCode();
    }

    /// <summary>True when the ops match in everything but locations and which operand values they use (operand
    /// types must match).</summary>
    public static bool IsEquivalentIgnoringOperands(Operation lhs, Operation rhs)
    {
        if (ReferenceEquals(lhs, rhs))
            return true;
        if (!ReferenceEquals(lhs.Name, rhs.Name) || lhs.NumRegions != rhs.NumRegions || lhs.NumSuccessors != rhs.NumSuccessors
            || lhs.NumOperands != rhs.NumOperands || lhs.NumResults != rhs.NumResults)
            return false;
        if (!Equals(lhs.Properties, rhs.Properties) || !Equals(lhs.Attributes, rhs.Attributes))
            return false;
        for (int i = 0; i < lhs.NumOperands; i++)
            if (!ReferenceEquals(lhs.GetOperand(i).Type, rhs.GetOperand(i).Type))
                return false;
        for (int i = 0; i < lhs.NumResults; i++)
            if (!ReferenceEquals(lhs.GetResult(i).Type, rhs.GetResult(i).Type))
                return false;
        foreach (var region in lhs.Regions)
            if (!region.IsEmpty)
                return false;
        foreach (var region in rhs.Regions)
            if (!region.IsEmpty)
                return false;
        return true;
    }
}
