using System;
using System.Collections.Generic;
using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite;

/// <summary>
/// An immutable pattern set ready for drivers (MLIR's <c>FrozenRewritePatternSet</c> with the applicator's default
/// cost model): patterns rooted at an op name or trait are bucketed per <see cref="OperationName"/>, each bucket and
/// the any-op list sorted by decreasing benefit (stable: ties keep the order of addition); impossible-to-match
/// patterns are dropped. Patterns filtered out by label are dropped too: with enabled labels, only patterns whose
/// debug name or a debug label is enabled are kept; then any whose name or a label is disabled is removed
/// (the canonicalizer's <c>enable-patterns</c>/<c>disable-patterns</c>).
/// </summary>
/// <remarks>Safe to share between threads once built.</remarks>
public sealed class FrozenRewritePatternSet
{
    private static readonly RewritePattern[] None = [];

    private readonly Dictionary<OperationName, RewritePattern[]> _byName = new(ReferenceEqualityComparer.Instance);
    private readonly RewritePattern[] _anyOp;
    private readonly RewritePattern[] _all;

    /// <summary>An empty set: drivers then only fold and erase dead code.</summary>
    public FrozenRewritePatternSet()
    {
        _anyOp = None;
        _all = None;
    }

    public FrozenRewritePatternSet(RewritePatternSet patterns, IReadOnlyCollection<string>? disabledPatternLabels = null,
        IReadOnlyCollection<string>? enabledPatternLabels = null)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        var disabled = disabledPatternLabels is { Count: > 0 } ? new HashSet<string>(disabledPatternLabels, StringComparer.Ordinal) : null;
        var enabled = enabledPatternLabels is { Count: > 0 } ? new HashSet<string>(enabledPatternLabels, StringComparer.Ordinal) : null;
        var buckets = new Dictionary<OperationName, List<RewritePattern>>(ReferenceEqualityComparer.Instance);
        var bucketOrder = new List<OperationName>();
        var anyOp = new List<RewritePattern>();
        var all = new List<RewritePattern>();
        List<OperationName>? registered = null;
        foreach (var pattern in patterns.Patterns)
        {
            if (enabled != null && !Matches(pattern, enabled))
                continue;
            if (disabled != null && Matches(pattern, disabled))
                continue;
            all.Add(pattern);
            if (pattern.Benefit.IsImpossibleToMatch)
                continue;
            if (pattern.RootKind is { } root)
                AddTo(buckets, bucketOrder, root, pattern);
            else if (pattern.RootTrait != OpTraits.None)
            {
                registered ??= RegisteredOperations(pattern.Context);
                foreach (var name in registered)
                    if (name.HasTrait(pattern.RootTrait))
                        AddTo(buckets, bucketOrder, name, pattern);
            }
            else
                anyOp.Add(pattern);
        }
        foreach (var name in bucketOrder)
        {
            var list = buckets[name];
            SortByBenefit(list);
            _byName.Add(name, list.ToArray());
        }
        SortByBenefit(anyOp);
        _anyOp = anyOp.ToArray();
        _all = all.ToArray();
    }

    /// <summary>Every pattern kept, in the order added.</summary>
    public IReadOnlyList<RewritePattern> Patterns => _all;

    public bool IsEmpty => _all.Length == 0;

    /// <summary>The patterns rooted at <paramref name="name"/> (by name or trait), highest benefit first.</summary>
    public ReadOnlySpan<RewritePattern> GetPatterns(OperationName name) =>
        _byName.TryGetValue(name, out var list) ? list : ReadOnlySpan<RewritePattern>.Empty;

    /// <summary>The patterns matching any op, highest benefit first.</summary>
    public ReadOnlySpan<RewritePattern> AnyOpPatterns => _anyOp;

    private static bool Matches(RewritePattern pattern, HashSet<string> labels)
    {
        if (labels.Contains(pattern.DebugName))
            return true;
        foreach (var label in pattern.DebugLabels)
            if (labels.Contains(label))
                return true;
        return false;
    }

    private static void AddTo(Dictionary<OperationName, List<RewritePattern>> buckets, List<OperationName> order, OperationName name, RewritePattern pattern)
    {
        if (!buckets.TryGetValue(name, out var list))
        {
            buckets.Add(name, list = new List<RewritePattern>());
            order.Add(name);
        }
        list.Add(pattern);
    }

    /// <summary>Stable insertion sort, highest benefit first (buckets are small).</summary>
    private static void SortByBenefit(List<RewritePattern> list)
    {
        for (int i = 1; i < list.Count; i++)
        {
            var p = list[i];
            int j = i - 1;
            while (j >= 0 && list[j].Benefit < p.Benefit)
            {
                list[j + 1] = list[j];
                j--;
            }
            list[j + 1] = p;
        }
    }

    /// <summary>The names of all ops registered in <paramref name="context"/>, sorted.</summary>
    internal static List<OperationName> RegisteredOperations(Context context)
    {
        var names = new List<OperationName>();
        foreach (var dialect in context.Dialects)
            foreach (var info in dialect.Operations)
                names.Add(context.GetOperationName(info.Name));
        names.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return names;
    }
}
