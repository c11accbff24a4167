using Dialectic.Core.Pass;

namespace Dialectic.Passes.Conversion.MathToLlvm;

/// <summary>The options of <c>convert-math-to-llvm</c>.</summary>
public sealed record MathToLlvmOptions
{
    /// <summary>Lower <c>math.log1p(x)</c> as <c>log(1 + x)</c> (else it stays).</summary>
    [PassOption("approximate-log1p", "Enable approximation of Log1p.")]
    public bool ApproximateLog1p { get; init; } = true;
}
