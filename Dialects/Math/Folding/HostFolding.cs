using System;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Support.Float;

namespace Dialectic.Dialects.Math.Folding;

/// <summary>When a host-evaluated folder declines an operand (as MLIR's folders do before calling libm).</summary>
internal enum HostGuard
{
    /// <summary>Every f32/f64 operand folds.</summary>
    None,
    /// <summary>Negative operands, -0 and negative NaNs included, do not fold (log, log2, log10, sqrt).</summary>
    NotNegative,
    /// <summary>Operands with <c>x + 1</c> negative in the operand's format do not fold (log1p).</summary>
    NotBelowMinusOne,
}

/// <summary>
/// Folding of the transcendental <c>math</c> ops through the host C library (<see cref="HostMath"/>): f64 calls
/// the double function and f32 the float one, exactly as MLIR's folders; every other format is left unfolded.
/// </summary>
internal static class HostFolding
{
    /// <summary>Folds <c>fn(x)</c> element-wise; null when an element does not fold.</summary>
    public static Attribute? Unary(Attribute? operand, HostFunction fn, HostGuard guard = HostGuard.None) =>
        ElementwiseFolder.Unary(operand, (type, bits) => Evaluate(type, bits, fn, guard));

    /// <summary>
    /// Folds <c>fn(x, y)</c> element-wise for operands of one type; null when an element does not fold.
    /// </summary>
    public static Attribute? Binary(Attribute? lhs, Attribute? rhs, HostFunction fn) =>
        ElementwiseFolder.Binary(lhs, rhs, (type, x, y) => Evaluate(type, x, y, fn));

    private static UInt128? Evaluate(FloatType type, UInt128 bits, HostFunction fn, HostGuard guard)
    {
        switch (type.Kind)
        {
            case FloatKind.F64:
            {
                double x = BitConverter.UInt64BitsToDouble((ulong)bits);
                if (!Admits(x, guard) || !HostMath.TryEvaluate(fn, x, out double r))
                    return null;
                return BitConverter.DoubleToUInt64Bits(r);
            }
            case FloatKind.F32:
            {
                float x = BitConverter.UInt32BitsToSingle((uint)bits);
                if (!Admits(x, guard) || !HostMath.TryEvaluate(fn, x, out float r))
                    return null;
                return BitConverter.SingleToUInt32Bits(r);
            }
        }
        return null;
    }

    private static UInt128? Evaluate(FloatType type, UInt128 lhs, UInt128 rhs, HostFunction fn)
    {
        switch (type.Kind)
        {
            case FloatKind.F64:
            {
                double x = BitConverter.UInt64BitsToDouble((ulong)lhs), y = BitConverter.UInt64BitsToDouble((ulong)rhs);
                return HostMath.TryEvaluate(fn, x, y, out double r) ? BitConverter.DoubleToUInt64Bits(r) : null;
            }
            case FloatKind.F32:
            {
                float x = BitConverter.UInt32BitsToSingle((uint)lhs), y = BitConverter.UInt32BitsToSingle((uint)rhs);
                return HostMath.TryEvaluate(fn, x, y, out float r) ? BitConverter.SingleToUInt32Bits(r) : null;
            }
        }
        return null;
    }

    private static bool Admits(double x, HostGuard guard) => guard switch
    {
        HostGuard.NotNegative => !double.IsNegative(x),
        HostGuard.NotBelowMinusOne => !double.IsNegative(x + 1.0),
        _ => true,
    };

    private static bool Admits(float x, HostGuard guard) => guard switch
    {
        HostGuard.NotNegative => !float.IsNegative(x),
        HostGuard.NotBelowMinusOne => !float.IsNegative(x + 1.0f),
        _ => true,
    };

    /// <summary>
    /// <c>atan2(y, x)</c> as MLIR folds it: two zeros give the format's default NaN (in any format that has one),
    /// otherwise the host <c>atan2</c>/<c>atan2f</c> on f64/f32.
    /// </summary>
    public static Attribute? Atan2(Attribute? lhs, Attribute? rhs) =>
        ElementwiseFolder.Binary(lhs, rhs, static (type, y, x) =>
        {
            if (FloatValueOps.Category(type, y) == FloatCategory.Zero
                && FloatValueOps.Category(type, x) == FloatCategory.Zero)
            {
                var s = FloatSemantics.Of(type.Kind);
                return s.HasNaN ? FloatBits.NaN(s, negative: false) : null;
            }
            return Evaluate(type, y, x, HostFunction.Atan2);
        });
}
