using Dialectic.Core.IR.Attributes;

namespace Dialectic.Core.IR.Declarations;

/// <summary>
/// Group sizes of ops with several variable-length operand or result groups, read from the
/// <c>operandSegmentSizes</c>/<c>resultSegmentSizes</c> property (a <c>array&lt;i32: ...&gt;</c>). O(groups).
/// </summary>
public static class OperandSegments
{
    public const string OperandSegmentSizes = "operandSegmentSizes";
    public const string ResultSegmentSizes = "resultSegmentSizes";

    /// <summary>The segment sizes when <paramref name="name"/> holds an i32 dense array of
    /// <paramref name="groups"/> non-negative elements; null otherwise.</summary>
    public static DenseArrayAttr? Sizes(Operation op, string name, int groups) =>
        op.GetInherentAttr(name) is DenseArrayAttr { Count: var n, ElementType: Types.IntegerType { Width: 32 } } a && n == groups
            && !HasNegative(a) ? a : null;

    /// <summary>Whether <paramref name="name"/> holds an i32 array with a negative element (MLIR rejects it).</summary>
    public static bool HasNegative(Operation op, string name) =>
        op.GetInherentAttr(name) is DenseArrayAttr { ElementType: Types.IntegerType { Width: 32 } } a && HasNegative(a);

    private static bool HasNegative(DenseArrayAttr sizes)
    {
        foreach (var s in sizes.Raw)
            if (s < 0)
                return true;
        return false;
    }

    /// <summary>Start and length of group <paramref name="group"/>; empty when the sizes are missing or malformed.</summary>
    public static (int Start, int Length) Get(Operation op, string name, int groups, int group)
    {
        if (Sizes(op, name, groups) is not { } sizes)
            return (0, 0);
        int start = 0;
        var raw = sizes.Raw;
        for (int i = 0; i < group; i++)
            start += (int)raw[i];
        return (start, (int)raw[group]);
    }

    /// <summary>The total of the sizes, 0 when missing or malformed.</summary>
    public static long Total(Operation op, string name, int groups)
    {
        if (Sizes(op, name, groups) is not { } sizes)
            return 0;
        long total = 0;
        foreach (var s in sizes.Raw)
            total += s;
        return total;
    }

    /// <summary>Property conversion of a segment-sizes value: an i32 array of one size per group; null when it
    /// converts, else MLIR's wording.</summary>
    public static string? Convert(string name, Attribute attr, int groups)
    {
        if (attr is not DenseArrayAttr { ElementType: Types.IntegerType { Width: 32 } } sizes)
            return GeneratedSyntax.InvalidProperty(name, attr);
        return sizes.Count == groups ? null : $"size mismatch in attribute conversion: {sizes.Count} vs {groups}";
    }
}
