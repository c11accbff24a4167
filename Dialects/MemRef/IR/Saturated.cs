using Dialectic.Core.IR.Types;

namespace Dialectic.Dialects.MemRef;

/// <summary>
/// MLIR's <c>SaturatedInteger</c>: 64-bit arithmetic where <see cref="ShapedType.Dynamic"/> absorbs everything,
/// except that a product with a static zero is zero.
/// </summary>
internal static class Saturated
{
    public static long Add(long a, long b) =>
        a == ShapedType.Dynamic || b == ShapedType.Dynamic ? ShapedType.Dynamic : unchecked(a + b);

    public static long Mul(long a, long b)
    {
        if (a == 0 || b == 0)
            return 0;
        return a == ShapedType.Dynamic || b == ShapedType.Dynamic ? ShapedType.Dynamic : unchecked(a * b);
    }
}
