using Dialectic.Core.IR;
using Dialectic.Core.IR.Types;

namespace Dialectic.Dialects.MemRef;

/// <summary>
/// MLIR's <c>OffsetSizeAndStrideOpInterface</c> verifier for ops with <c>static_offsets</c>/<c>static_sizes</c>/
/// <c>static_strides</c> and their dynamic operand groups, with its messages (emitted without the op prefix).
/// </summary>
internal static class OffsetSizeStrideVerifier
{
    /// <summary>
    /// Checks the lists against each other and against the expected lengths <paramref name="maxOffsets"/>,
    /// <paramref name="maxSizes"/> and <paramref name="maxStrides"/>; false after an error.
    /// </summary>
    public static bool Verify(Operation op, int maxOffsets, int maxSizes, int maxStrides,
        System.ReadOnlySpan<long> staticOffsets, System.ReadOnlySpan<long> staticSizes, System.ReadOnlySpan<long> staticStrides,
        int numOffsets, int numSizes, int numStrides)
    {
        int dynSizes = MemRefLayouts.CountDynamic(staticSizes);
        if (numSizes != dynSizes)
            return Fail(op, $"expected the number of 'sizes' to match the number of dynamic entries in 'static_sizes' ({numSizes} vs {dynSizes})");
        int dynStrides = MemRefLayouts.CountDynamic(staticStrides);
        if (numStrides != dynStrides)
            return Fail(op, $"expected the number of 'strides' to match the number of dynamic entries in 'static_strides' ({numStrides} vs {dynStrides})");
        int dynOffsets = MemRefLayouts.CountDynamic(staticOffsets);
        if (numOffsets != dynOffsets)
            return Fail(op, $"expected the number of 'offsets' to match the number of dynamic entries in 'static_offsets' ({numOffsets} vs {dynOffsets})");
        if (!(staticOffsets.Length == 1 && maxOffsets == 1) && staticOffsets.Length != staticSizes.Length)
            return Fail(op, $"expected mixed offsets rank to match mixed sizes rank ({staticOffsets.Length} vs {staticSizes.Length}) so the rank of the result type is well-formed.");
        if (staticSizes.Length != staticStrides.Length)
            return Fail(op, $"expected mixed sizes rank to match mixed strides rank ({staticSizes.Length} vs {staticStrides.Length}) so the rank of the result type is well-formed.");
        if (staticOffsets.Length != maxOffsets)
            return Fail(op, $"expected {maxOffsets} offset values, got {staticOffsets.Length}");
        if (staticSizes.Length != maxSizes)
            return Fail(op, $"expected {maxSizes} size values, got {staticSizes.Length}");
        if (staticStrides.Length != maxStrides)
            return Fail(op, $"expected {maxStrides} stride values, got {staticStrides.Length}");
        foreach (long offset in staticOffsets)
            if (offset < 0 && offset != ShapedType.Dynamic)
                return Fail(op, $"expected offsets to be non-negative, but got {offset}");
        foreach (long size in staticSizes)
            if (size < 0 && size != ShapedType.Dynamic)
                return Fail(op, $"expected sizes to be non-negative, but got {size}");
        return true;
    }

    private static bool Fail(Operation op, string message)
    {
        op.EmitError(message);
        return false;
    }
}
