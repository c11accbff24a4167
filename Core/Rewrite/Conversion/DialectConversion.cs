using System;
using System.Collections.Generic;
using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite.Conversion;

/// <summary>
/// The dialect conversion drivers (MLIR's <c>applyPartialConversion</c> and <c>applyFullConversion</c>), in
/// one-shot mode (MLIR's <c>allowPatternRollback = false</c>): each pattern's changes are applied at once and never
/// rolled back, types are bridged with <c>builtin.unrealized_conversion_cast</c>, and a pattern must not fail after
/// changing the IR (the driver reports it when one does). On failure the IR is valid but partly converted.
/// <para>
/// Ops are legalized in pre-order (an op before the ops nested in it); ops inside a legal op marked recursively
/// legal are skipped. An op the target does not call legal is first folded (see
/// <see cref="ConversionConfig.FoldBeforePatterns"/>), else matched against the patterns by decreasing benefit;
/// after one succeeds, the ops it created, and those it modified in place that are not legal, are legalized in turn
/// (a pattern is not applied again to ops it produced unless it declares bounded recursion). Failures are reported
/// at the op: <c>failed to legalize operation 'x.y'</c> with a note per reason (the match failures of each pattern
/// tried, or that none matched, or that a dynamic legality callback said illegal).
/// </para>
/// </summary>
public static class DialectConversion
{
    /// <summary>
    /// Converts <paramref name="op"/> and everything nested in it so that every op is legal, or has no legality
    /// rule (those may stay). Fails on the first explicitly illegal op that cannot be converted.
    /// </summary>
    public static bool ApplyPartialConversion(Operation op, ConversionTarget target, FrozenRewritePatternSet patterns,
        ConversionConfig? config = null) =>
        Run([op], target, patterns, config, full: false);

    /// <summary>As <see cref="ApplyPartialConversion(Operation, ConversionTarget, FrozenRewritePatternSet, ConversionConfig?)"/>
    /// on several ops.</summary>
    public static bool ApplyPartialConversion(IReadOnlyList<Operation> ops, ConversionTarget target, FrozenRewritePatternSet patterns,
        ConversionConfig? config = null) =>
        Run(ops, target, patterns, config, full: false);

    /// <summary>Converts <paramref name="op"/> and everything nested in it so that every op is legal; fails on the
    /// first op that cannot be made legal.</summary>
    public static bool ApplyFullConversion(Operation op, ConversionTarget target, FrozenRewritePatternSet patterns,
        ConversionConfig? config = null) =>
        Run([op], target, patterns, config, full: true);

    /// <summary>As <see cref="ApplyFullConversion(Operation, ConversionTarget, FrozenRewritePatternSet, ConversionConfig?)"/>
    /// on several ops.</summary>
    public static bool ApplyFullConversion(IReadOnlyList<Operation> ops, ConversionTarget target, FrozenRewritePatternSet patterns,
        ConversionConfig? config = null) =>
        Run(ops, target, patterns, config, full: true);

    private static bool Run(IReadOnlyList<Operation> ops, ConversionTarget target, FrozenRewritePatternSet patterns, ConversionConfig? config,
        bool full)
    {
        ArgumentNullException.ThrowIfNull(ops);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(patterns);
        if (ops.Count == 0)
            return true;
        return new ConversionDriver(ops[0].Context, target, patterns, config ?? new ConversionConfig(), full).Run(ops);
    }
}
