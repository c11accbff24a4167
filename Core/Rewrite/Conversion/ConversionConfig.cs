using System.Collections.Generic;
using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite.Conversion;

/// <summary>Options and outputs of a dialect conversion (MLIR's <c>ConversionConfig</c>).</summary>
public sealed class ConversionConfig
{
    /// <summary>Partial conversion: receives the ops left unconverted because the target has no opinion on them.</summary>
    public ICollection<Operation>? UnconvertedOps { get; init; }

    /// <summary>Receives the unrealized casts left in the IR at the end (still live, no materialization built).</summary>
    public ICollection<Operation>? UnresolvedMaterializations { get; init; }

    /// <summary>
    /// When true, a cast still live at the end that no type converter materialization replaced fails the conversion
    /// with MLIR's <c>failed to legalize unresolved materialization ... that remained live after conversion</c>
    /// (MLIR's behaviour). By default such casts stay in the IR, for <c>--reconcile-unrealized-casts</c> or a later
    /// conversion to resolve.
    /// </summary>
    public bool RequireResolvedMaterializations { get; init; }

    /// <summary>
    /// When true (the default, as MLIR's <c>DialectConversionFoldingMode::BeforePatterns</c>), an op that is not
    /// legal is first folded: its results are replaced by the folded values, constants materialized by its dialect
    /// before it (and legalized in turn); an in-place fold leaves it to the patterns.
    /// </summary>
    public bool FoldBeforePatterns { get; init; } = true;

    /// <summary>How deep a pattern that declares bounded recursion may apply to ops it created itself.</summary>
    public int MaxRecursionDepth { get; init; } = 64;
}
