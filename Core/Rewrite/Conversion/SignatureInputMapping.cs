using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite.Conversion;

/// <summary>
/// Where one original input of a <see cref="SignatureConversion"/> went: to <see cref="Size"/> converted inputs
/// starting at <see cref="InputNo"/> (Size 0: dropped), or, when <see cref="Replacement"/> is set, to that value.
/// </summary>
public readonly record struct SignatureInputMapping(int InputNo, int Size, Value? Replacement);
