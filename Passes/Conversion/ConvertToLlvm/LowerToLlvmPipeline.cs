using System;
using System.Collections.Generic;
using Dialectic.Core.Pass;

namespace Dialectic.Passes.Conversion.ConvertToLlvm;

/// <summary>
/// The named pipeline <c>lower-to-llvm</c>: takes func/arith/math/index/scf/cf/memref programs all the way to the
/// <c>llvm</c> dialect, with the passes an MLIR user runs for it, in this order:
/// <c>arith-expand</c>, <c>convert-scf-to-cf</c>, <c>convert-math-to-llvm</c>, <c>convert-math-to-libm</c> (the math
/// ops without an LLVM intrinsic), <c>expand-strided-metadata</c>,
/// <c>finalize-memref-to-llvm</c>, <c>convert-arith-to-llvm</c>, <c>convert-index-to-llvm</c>,
/// <c>convert-cf-to-llvm</c>, <c>convert-func-to-llvm</c>, <c>reconcile-unrealized-casts</c>.
/// A pass of the list not registered (its project not loaded) is left out.
/// </summary>
public static class LowerToLlvmPipeline
{
    public const string Argument = "lower-to-llvm";

    /// <summary>The passes of the pipeline, in order.</summary>
    public static IReadOnlyList<string> Passes { get; } =
    [
        "arith-expand", "convert-scf-to-cf", "convert-math-to-llvm", "convert-math-to-libm", "expand-strided-metadata",
        "finalize-memref-to-llvm", "convert-arith-to-llvm", "convert-index-to-llvm", "convert-cf-to-llvm",
        "convert-func-to-llvm", "reconcile-unrealized-casts",
    ];

    public const string Description =
        "Lower func/arith/math/index/scf/cf/memref to the LLVM dialect: arith-expand, convert-scf-to-cf, "
        + "convert-math-to-llvm, convert-math-to-libm, expand-strided-metadata, finalize-memref-to-llvm, "
        + "convert-arith-to-llvm, convert-index-to-llvm, convert-cf-to-llvm, convert-func-to-llvm, "
        + "reconcile-unrealized-casts";

    /// <summary>Registers the pipeline in <paramref name="registry"/>; its passes are looked up there when it is
    /// built.</summary>
    public static void Register(PassRegistry registry) =>
        registry.RegisterPipeline(Argument, Description, pm => Build(registry, pm));

    /// <summary>Adds the registered passes of <see cref="Passes"/> to <paramref name="pm"/>.</summary>
    public static void Build(PassRegistry registry, OpPassManager pm)
    {
        var elements = new List<string>(Passes.Count);
        foreach (var pass in Passes)
            if (registry.LookupPass(pass) != null)
                elements.Add(pass);
        if (!registry.TryAddToPipeline(pm, string.Join(",", elements), out var error))
            throw new InvalidOperationException(error);
    }
}
