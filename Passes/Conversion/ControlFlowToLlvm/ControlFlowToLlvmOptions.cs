using Dialectic.Core.Pass;

namespace Dialectic.Passes.Conversion.ControlFlowToLlvm;

/// <summary>Options of <c>convert-cf-to-llvm</c>, named as MLIR's.</summary>
public sealed record ControlFlowToLlvmOptions
{
    /// <summary>0: the machine word (64 bits).</summary>
    [PassOption("index-bitwidth", "Bitwidth of the index type, 0 to use size of machine word")]
    public uint IndexBitwidth { get; init; }
}
