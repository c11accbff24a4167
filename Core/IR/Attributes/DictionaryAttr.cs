using System;
using System.Collections.Generic;
using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Attributes;

/// <summary>
/// Builtin <c>{name = value, ...}</c>. Invariant: entries are sorted by name (ordinal byte order, as MLIR)
/// and names are unique, so lookup is a binary search, O(log n).
/// </summary>
public sealed class DictionaryAttr : Attribute
{
    private readonly NamedAttribute[] _entries;

    private DictionaryAttr(Context context, NamedAttribute[] entries) : base(context) => _entries = entries;

    public ReadOnlySpan<NamedAttribute> Entries => _entries;

    public int Count => _entries.Length;

    public bool IsEmpty => _entries.Length == 0;

    /// <summary>
    /// Sorts the entries and uniques; throws on a duplicate name (parsers check before calling). Already sorted
    /// input that was seen before is answered from a per-context cache without allocating.
    /// </summary>
    public static DictionaryAttr Get(Context context, ReadOnlySpan<NamedAttribute> entries)
    {
        if (entries.Length == 0)
            return context.EmptyDictionary;
        int hash = 0;
        bool sorted = IsSorted(entries);
        if (sorted)
        {
            var h = new HashCode();
            foreach (var e in entries)
            {
                h.Add(e.Name);
                h.Add(e.Value);
            }
            hash = h.ToHashCode();
            if (context.DictionaryCache.TryGetValue(hash, out var hit) && SameEntries(hit._entries, entries))
                return hit;
        }
        var copy = entries.ToArray();
        if (!IsSorted(copy))
            Array.Sort(copy, static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        string? duplicate = FindDuplicate(copy);
        if (duplicate != null)
            throw new ArgumentException($"duplicate key '{duplicate}' in dictionary attribute", nameof(entries));
        var result = GetSorted(context, copy);
        if (sorted)
            context.DictionaryCache[hash] = result;
        return result;
    }

    private static bool SameEntries(NamedAttribute[] a, ReadOnlySpan<NamedAttribute> b)
    {
        if (a.Length != b.Length)
            return false;
        for (int i = 0; i < a.Length; i++)
            if (a[i].Name != b[i].Name || a[i].Value != b[i].Value)
                return false;
        return true;
    }

    /// <summary>Uniques entries already sorted and free of duplicates (the array is taken over).</summary>
    internal static DictionaryAttr GetSorted(Context context, NamedAttribute[] sorted) =>
        context.Uniquer.Get(new DictionaryAttr(context, sorted));

    /// <summary>The first duplicated name of a sorted array, or null.</summary>
    public static string? FindDuplicate(NamedAttribute[] sorted)
    {
        for (int i = 1; i < sorted.Length; i++)
            if (sorted[i].Name == sorted[i - 1].Name)
                return sorted[i].Name;
        return null;
    }

    private static bool IsSorted(ReadOnlySpan<NamedAttribute> entries)
    {
        for (int i = 1; i < entries.Length; i++)
            if (string.CompareOrdinal(entries[i - 1].Name, entries[i].Name) > 0)
                return false;
        return true;
    }

    /// <summary>The value named <paramref name="name"/>, or null.</summary>
    public Attribute? Get(string name)
    {
        int lo = 0, hi = _entries.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int c = string.CompareOrdinal(_entries[mid].Name, name);
            if (c == 0)
                return _entries[mid].Value;
            if (c < 0)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
        return null;
    }

    /// <summary>A copy with <paramref name="name"/> set to <paramref name="value"/> (removed when null).</summary>
    public DictionaryAttr With(string name, Attribute? value)
    {
        var list = new List<NamedAttribute>(_entries.Length + 1);
        foreach (var e in _entries)
            if (e.Name != name)
                list.Add(e);
        if (value != null)
            list.Add(new NamedAttribute(name, value));
        return Get(Context, list.ToArray());
    }

    protected override int KeyHash()
    {
        var h = new HashCode();
        foreach (var e in _entries)
        {
            h.Add(e.Name);
            h.Add(e.Value);
        }
        return h.ToHashCode();
    }

    protected override bool KeyEquals(Uniqued other)
    {
        if (other is not DictionaryAttr d || d._entries.Length != _entries.Length)
            return false;
        for (int i = 0; i < _entries.Length; i++)
            if (d._entries[i].Name != _entries[i].Name || d._entries[i].Value != _entries[i].Value)
                return false;
        return true;
    }
}
