namespace Dialectic.Core.Support.Float;

/// <summary>The class of a decoded floating-point value (mirrors LLVM's <c>fltCategory</c>).</summary>
public enum FloatCategory : byte
{
    /// <summary>Positive or negative zero.</summary>
    Zero,

    /// <summary>A finite non-zero value, normal or denormal.</summary>
    Normal,

    /// <summary>Positive or negative infinity.</summary>
    Infinity,

    /// <summary>Not-a-number (any payload).</summary>
    NaN,
}
