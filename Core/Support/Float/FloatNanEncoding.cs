namespace Dialectic.Core.Support.Float;

/// <summary>Which bit patterns are NaN (mirrors LLVM's <c>fltNanEncoding</c>).</summary>
public enum FloatNanEncoding : byte
{
    /// <summary>All-ones exponent with a non-zero mantissa (IEEE-754).</summary>
    Ieee,

    /// <summary>Only the all-ones exponent and all-ones mantissa pattern (either sign) is NaN, e.g. <c>f8E4M3FN</c> 0x7F/0xFF.</summary>
    AllOnes,

    /// <summary>The negative-zero pattern (sign bit alone) is the single NaN; there is no negative zero (the FNUZ formats).</summary>
    NegativeZero,
}
