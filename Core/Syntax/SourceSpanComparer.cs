using System;
using System.Collections.Generic;

namespace Dialectic.Core.Syntax;

/// <summary>
/// Compares (start, length) spans of one source text by their characters, so parser tables can be keyed by
/// where a name is written instead of by an allocated string.
/// </summary>
internal sealed class SourceSpanComparer(string source) : IEqualityComparer<(int Start, int Length)>
{
    public bool Equals((int Start, int Length) x, (int Start, int Length) y) =>
        x.Length == y.Length && source.AsSpan(x.Start, x.Length).SequenceEqual(source.AsSpan(y.Start, y.Length));

    public int GetHashCode((int Start, int Length) span) => string.GetHashCode(source.AsSpan(span.Start, span.Length));
}
