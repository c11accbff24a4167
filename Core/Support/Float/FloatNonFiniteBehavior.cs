namespace Dialectic.Core.Support.Float;

/// <summary>Which non-finite values a float format can encode (mirrors LLVM's <c>fltNonfiniteBehavior</c>).</summary>
public enum FloatNonFiniteBehavior : byte
{
    /// <summary>IEEE-754: infinities and NaNs; the all-ones exponent is reserved for them.</summary>
    Ieee754,

    /// <summary>No infinities; only NaN is non-finite. Overflow produces NaN. Where NaN lives is given by <see cref="FloatNanEncoding"/>.</summary>
    NanOnly,

    /// <summary>Neither infinities nor NaNs (the 4- and 6-bit OCP formats). Overflow saturates to the largest finite value.</summary>
    FiniteOnly,
}
