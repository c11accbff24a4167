using System.Collections.Generic;

namespace Dialectic.Core.IR;

/// <summary>Maps values and blocks of an original IR to their clones (or any replacement).</summary>
public sealed class IRMapping
{
    private readonly Dictionary<Value, Value> _values = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Block, Block> _blocks = new(ReferenceEqualityComparer.Instance);

    public void Map(Value from, Value to) => _values[from] = to;

    public void Map(Block from, Block to) => _blocks[from] = to;

    /// <summary>The mapped value, or <paramref name="v"/> itself when unmapped.</summary>
    public Value Lookup(Value v) => _values.TryGetValue(v, out var m) ? m : v;

    /// <summary>The mapped block, or <paramref name="b"/> itself when unmapped.</summary>
    public Block Lookup(Block b) => _blocks.TryGetValue(b, out var m) ? m : b;

    public bool Contains(Value v) => _values.ContainsKey(v);
}
