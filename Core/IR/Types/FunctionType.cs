using System;
using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Types;

/// <summary>Builtin function type <c>(inputs) -&gt; results</c>.</summary>
public sealed class FunctionType : Type
{
    private readonly Type[] _inputs;
    private readonly Type[] _results;

    private FunctionType(Context context, Type[] inputs, Type[] results) : base(context)
    {
        _inputs = inputs;
        _results = results;
    }

    public ReadOnlySpan<Type> Inputs => _inputs;
    public ReadOnlySpan<Type> Results => _results;

    /// <summary>
    /// Returns the uniqued function type. A per-context cache keyed by the element hashes answers repeated
    /// requests without allocating; the spans are copied only for a new type.
    /// </summary>
    public static FunctionType Get(Context context, ReadOnlySpan<Type> inputs, ReadOnlySpan<Type> results)
    {
        var h = new HashCode();
        foreach (var t in inputs)
            h.Add(t);
        h.Add(-1);
        foreach (var t in results)
            h.Add(t);
        int hash = h.ToHashCode();
        var cache = context.FunctionTypeCache;
        if (cache.TryGetValue(hash, out var hit) && hit.Inputs.SequenceEqual(inputs) && hit.Results.SequenceEqual(results))
            return hit;
        var created = context.Uniquer.Get(new FunctionType(context, inputs.ToArray(), results.ToArray()));
        cache[hash] = created;
        return created;
    }

    protected override int KeyHash() => HashCode.Combine(HashHelpers.Hash<Type>(_inputs), HashHelpers.Hash<Type>(_results));

    protected override bool KeyEquals(Uniqued other) =>
        other is FunctionType f && HashHelpers.SequenceEqual(f._inputs, _inputs) && HashHelpers.SequenceEqual(f._results, _results);
}
