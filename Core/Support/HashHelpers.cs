using System;
using System.Collections.Generic;

namespace Dialectic.Core.Support;

/// <summary>Structural hashing and equality helpers for uniqued storage keys.</summary>
public static class HashHelpers
{
    /// <summary>Combines the element hashes of a span (order-sensitive).</summary>
    public static int Hash<T>(ReadOnlySpan<T> items)
    {
        var h = new HashCode();
        h.Add(items.Length);
        foreach (var item in items)
            h.Add(item);
        return h.ToHashCode();
    }

    /// <summary>Element-wise equality of two arrays using the default comparer (reference for uniqued objects).</summary>
    public static bool SequenceEqual<T>(T[] a, T[] b)
    {
        if (a.Length != b.Length)
            return false;
        var cmp = EqualityComparer<T>.Default;
        for (int i = 0; i < a.Length; i++)
            if (!cmp.Equals(a[i], b[i]))
                return false;
        return true;
    }
}
