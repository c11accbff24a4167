using System;
using System.Collections.Generic;
using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite;

/// <summary>
/// A rewrite of the IR rooted at one op (MLIR's <c>RewritePattern</c>). Its root is an op name, any op with a given
/// trait, or any op at all; drivers try the patterns matching an op by decreasing <see cref="Benefit"/>.
/// <see cref="MatchAndRewrite"/> returns true after changing the IR through the rewriter, and false, leaving the IR
/// untouched, when the pattern does not apply.
/// </summary>
public abstract class RewritePattern
{
    private readonly List<string> _debugLabels = new();
    private readonly OperationName[] _generatedOps;
    private string? _debugName;

    /// <summary>A pattern rooted at ops named <paramref name="rootName"/>; null roots it at any op.</summary>
    protected RewritePattern(string? rootName, PatternBenefit benefit, Context context, IEnumerable<string>? generatedNames = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        Context = context;
        RootKind = rootName == null ? null : context.GetOperationName(rootName);
        Benefit = benefit;
        _generatedOps = Names(context, generatedNames);
    }

    /// <summary>A pattern rooted at every registered op with all of <paramref name="rootTrait"/> (MLIR's
    /// <c>OpTraitRewritePattern</c>).</summary>
    protected RewritePattern(OpTraits rootTrait, PatternBenefit benefit, Context context, IEnumerable<string>? generatedNames = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (rootTrait == OpTraits.None)
            throw new ArgumentException("a trait-rooted pattern needs a trait", nameof(rootTrait));
        Context = context;
        RootTrait = rootTrait;
        Benefit = benefit;
        _generatedOps = Names(context, generatedNames);
    }

    private static OperationName[] Names(Context context, IEnumerable<string>? names)
    {
        if (names == null)
            return [];
        var list = new List<OperationName>();
        foreach (var n in names)
            list.Add(context.GetOperationName(n));
        return list.ToArray();
    }

    public Context Context { get; }

    /// <summary>The op name the pattern matches; null for a trait-rooted or any-op pattern.</summary>
    public OperationName? RootKind { get; }

    /// <summary>The traits the root must have; <see cref="OpTraits.None"/> unless trait-rooted.</summary>
    public OpTraits RootTrait { get; }

    /// <summary>True when the pattern may match any op.</summary>
    public bool MatchesAnyOp => RootKind == null && RootTrait == OpTraits.None;

    public PatternBenefit Benefit { get; }

    /// <summary>The ops the rewrite may create (documentation for drivers; not enforced).</summary>
    public IReadOnlyList<OperationName> GeneratedOps => _generatedOps;

    /// <summary>The name <c>disable-patterns</c>/<c>enable-patterns</c> filter on; defaults to the class name.</summary>
    public string DebugName
    {
        get => _debugName ??= DefaultDebugName(GetType());
        set => _debugName = value;
    }

    /// <summary>Further names the filters match.</summary>
    public IReadOnlyList<string> DebugLabels => _debugLabels;

    public void AddDebugLabels(params string[] labels) => _debugLabels.AddRange(labels);

    /// <summary>True when the pattern may apply again to the ops it creates without looping forever (MLIR's
    /// <c>hasBoundedRewriteRecursion</c>; used by dialect conversion).</summary>
    public bool HasBoundedRewriteRecursion { get; protected set; }

    /// <summary>Matches <paramref name="op"/> and rewrites it through <paramref name="rewriter"/>; true on success.
    /// On failure nothing may have changed (report why with <see cref="RewriterBase.NotifyMatchFailure(Operation, string)"/>).</summary>
    public abstract bool MatchAndRewrite(Operation op, PatternRewriter rewriter);

    private static string DefaultDebugName(System.Type type)
    {
        string name = type.Name;
        int tick = name.IndexOf('`');
        return tick < 0 ? name : name.Substring(0, tick);
    }

    public override string ToString() => DebugName;
}
