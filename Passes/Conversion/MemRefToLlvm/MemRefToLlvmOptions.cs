using Dialectic.Core.Pass;

namespace Dialectic.Passes.Conversion.MemRefToLlvm;

/// <summary>The options of <c>finalize-memref-to-llvm</c>.</summary>
public sealed record MemRefToLlvmOptions
{
    /// <summary>Allocate with <c>aligned_alloc</c> instead of <c>malloc</c> plus manual alignment.</summary>
    [PassOption("use-aligned-alloc", "Use aligned_alloc in place of malloc for heap allocations")]
    public bool UseAlignedAlloc { get; init; }

    /// <summary>The width <c>index</c> lowers to; 0: the machine word (64 bits).</summary>
    [PassOption("index-bitwidth", "Bitwidth of the index type, 0 to use size of machine word")]
    public uint IndexBitwidth { get; init; }

    /// <summary>Call <c>_mlir_memref_to_llvm_alloc</c>, <c>_mlir_memref_to_llvm_aligned_alloc</c> and
    /// <c>_mlir_memref_to_llvm_free</c> instead of the C library's functions.</summary>
    [PassOption("use-generic-functions", "Use generic allocation and deallocation functions instead of the classic 'malloc', 'aligned_alloc' and 'free' functions")]
    public bool UseGenericFunctions { get; init; }
}
