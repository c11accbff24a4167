using Dialectic.Core.Pass;

namespace Dialectic.Passes.Conversion.FuncToLlvm;

/// <summary>The options of <c>convert-func-to-llvm</c>.</summary>
public sealed record FuncToLlvmOptions
{
    /// <summary>Pass statically shaped memrefs as bare pointers to their elements instead of expanded
    /// descriptors.</summary>
    [PassOption("use-bare-ptr-memref-call-conv", "Replace FuncOp's MemRef arguments with bare pointers to the MemRef element types")]
    public bool UseBarePtrMemRefCallConv { get; init; }

    /// <summary>The width <c>index</c> lowers to; 0: the machine word (64 bits).</summary>
    [PassOption("index-bitwidth", "Bitwidth of the index type, 0 to use size of machine word")]
    public uint IndexBitwidth { get; init; }
}
