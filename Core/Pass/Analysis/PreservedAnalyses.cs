using System.Collections.Generic;

namespace Dialectic.Core.Pass.Analysis;

/// <summary>
/// The analyses a pass declared still valid after it ran (MLIR's <c>detail::PreservedAnalyses</c>): none by
/// default, some by type, or all.
/// </summary>
public sealed class PreservedAnalyses
{
    private HashSet<System.Type>? _types;

    /// <summary>True when the pass preserved every analysis.</summary>
    public bool IsAll { get; private set; }

    /// <summary>True when no analysis is preserved.</summary>
    public bool IsNone => !IsAll && (_types == null || _types.Count == 0);

    /// <summary>Marks every analysis preserved.</summary>
    public void PreserveAll() => IsAll = true;

    /// <summary>Marks analysis <paramref name="analysisType"/> preserved.</summary>
    public void Preserve(System.Type analysisType) => (_types ??= new()).Add(analysisType);

    /// <summary>Marks analysis <typeparamref name="T"/> preserved.</summary>
    public void Preserve<T>() => Preserve(typeof(T));

    /// <summary>True when <paramref name="analysisType"/> is preserved (explicitly or through
    /// <see cref="IsAll"/>).</summary>
    public bool IsPreserved(System.Type analysisType) => IsAll || (_types != null && _types.Contains(analysisType));

    /// <summary>True when <typeparamref name="T"/> is preserved.</summary>
    public bool IsPreserved<T>() => IsPreserved(typeof(T));
}
