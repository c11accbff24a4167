using System.Numerics;
using Dialectic.Core.Interfaces;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;

namespace Dialectic.Dialects.Arith;

/// <summary>
/// When integer divisions may run speculatively (MLIR's <c>getDivUISpeculatability</c>/<c>getDivSISpeculatability</c>):
/// only when the divisor is a constant whose range excludes the values that make the division undefined. A
/// vector or tensor constant is judged by the range of its elements, as integer range inference does.
/// </summary>
internal static class DivisionSpeculation
{
    /// <summary>x / 0 is undefined: speculatable when the divisor's unsigned range excludes 0.</summary>
    public static Speculatability Unsigned(Value divisor) =>
        Range(divisor, signed: false) is { } r && r.Min > 0 ? Speculatability.Speculatable : Speculatability.NotSpeculatable;

    /// <summary>x / 0 and INT_MIN / -1 are undefined: speculatable when the divisor's signed range excludes both 0 and
    /// -1 (conservatively, any -1).</summary>
    public static Speculatability Signed(Value divisor) =>
        Range(divisor, signed: true) is { } r && (r.Min > 0 || r.Max < -1) ? Speculatability.Speculatable : Speculatability.NotSpeculatable;

    /// <summary>The smallest and largest value of a constant divisor, or null when it is not a known integer.</summary>
    private static (BigInteger Min, BigInteger Max)? Range(Value divisor, bool signed)
    {
        switch (Operation.GetConstantValue(divisor))
        {
            case IntegerAttr scalar:
            {
                var v = signed ? scalar.SignedValue : scalar.Bits;
                return (v, v);
            }
            case DenseIntOrFPElementsAttr { IsComplex: false, ScalarType: IntegerType or IndexType } dense:
            {
                int width = IntegerAttr.BitWidthOf(dense.ScalarType);
                int count = dense.StoredScalarCount;
                if (count == 0)
                    return null;
                BigInteger min = 0, max = 0;
                for (int i = 0; i < count; i++)
                {
                    var bits = dense.ReadBits(i);
                    var v = signed ? IntegerAttr.ToSigned(bits, width) : bits;
                    if (i == 0 || v < min)
                        min = v;
                    if (i == 0 || v > max)
                        max = v;
                }
                return (min, max);
            }
            default:
                return null;
        }
    }
}
