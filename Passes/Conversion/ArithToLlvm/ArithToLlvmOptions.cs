using Dialectic.Core.Pass;

namespace Dialectic.Passes.Conversion.ArithToLlvm;

/// <summary>The options of <c>convert-arith-to-llvm</c>.</summary>
public sealed record ArithToLlvmOptions
{
    /// <summary>The width <c>index</c> lowers to; 0: the machine word (64 bits).</summary>
    [PassOption("index-bitwidth", "Bitwidth of the index type, 0 to use size of machine word")]
    public uint IndexBitwidth { get; init; }
}
