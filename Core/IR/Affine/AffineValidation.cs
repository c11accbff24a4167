using System;

namespace Dialectic.Core.IR.Affine;

/// <summary>Argument checks shared by <see cref="AffineMap"/> and <see cref="IntegerSet"/>.</summary>
internal static class AffineValidation
{
    /// <summary>Throws unless <paramref name="expr"/> is of <paramref name="context"/> and in range.</summary>
    public static void Check(Context context, AffineExpr expr, int numDims, int numSymbols, string paramName)
    {
        ArgumentNullException.ThrowIfNull(expr, paramName);
        if (!ReferenceEquals(expr.Context, context))
            throw new ArgumentException("Affine expression belongs to another context.", paramName);
        if (expr.MaxDimPosition >= numDims)
            throw new ArgumentException(
                $"d{expr.MaxDimPosition} is out of range for {numDims} dimension(s).", paramName);
        if (expr.MaxSymbolPosition >= numSymbols)
            throw new ArgumentException(
                $"s{expr.MaxSymbolPosition} is out of range for {numSymbols} symbol(s).", paramName);
    }
}
