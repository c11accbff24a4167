namespace Dialectic.Passes.Conversion.LlvmCommon;

/// <summary>
/// The options every lowering to the llvm dialect shares (MLIR's <c>LowerToLLVMOptions</c>): the width of
/// <c>index</c> and the memref calling convention of functions.
/// </summary>
public sealed record LowerToLlvmOptions
{
    /// <summary>The width <c>index</c> lowers to; 0 means the data layout's default, 64 bits (MLIR's
    /// <c>kDeriveIndexBitwidthFromDataLayout</c>).</summary>
    public int IndexBitwidth { get; init; }

    /// <summary>Pass statically shaped, identity-strided memrefs to and from functions as a bare pointer to the
    /// element data instead of the expanded descriptor (option <c>use-bare-ptr-memref-call-conv</c>).</summary>
    public bool UseBarePtrCallConv { get; init; }

    /// <summary>The width <c>index</c> actually lowers to: <see cref="IndexBitwidth"/>, or 64 when that is 0.</summary>
    public int EffectiveIndexBitwidth => IndexBitwidth > 0 ? IndexBitwidth : 64;
}
