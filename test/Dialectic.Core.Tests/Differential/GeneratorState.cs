using System;
using System.Collections.Generic;
using System.Numerics;
using System.Text;

namespace Dialectic.Core.Tests.Differential;

/// <summary>
/// State shared by the text generators of one program: the seeded random source, the alias definitions and
/// dialect resources the program declares, and counters for unique names.
/// </summary>
internal sealed class GeneratorState
{
    public GeneratorState(int seed, bool locationAttributes)
    {
        Rng = new Random(seed);
        LocationAttributes = locationAttributes;
    }

    /// <summary>Whether locations may appear as attribute values. With --mlir-print-debuginfo mlir-opt prints
    /// such a location as a <c>#locN</c> alias defined after the operations, which it cannot parse back.</summary>
    public bool LocationAttributes { get; }

    public Random Rng { get; }

    /// <summary>Names of the type aliases defined so far (without the '!').</summary>
    public List<string> TypeAliases { get; } = [];

    /// <summary>Names of the attribute aliases defined so far (without the '#').</summary>
    public List<string> AttrAliases { get; } = [];

    /// <summary>Names of the location aliases defined so far (without the '#').</summary>
    public List<string> LocAliases { get; } = [];

    /// <summary>The <c>builtin</c> resources referenced by dense_resource attributes: name and blob hex.</summary>
    public List<(string Name, string Hex)> Resources { get; } = [];

    /// <summary>True while generating alias definitions, where no dense_resource may be referenced (their
    /// section comes after the definitions, which is fine, but aliases are kept simple).</summary>
    public bool InAliasDefinition { get; set; }

    private int _counter;

    /// <summary>A fresh number, unique within the program.</summary>
    public int Fresh() => _counter++;

    public void Reset()
    {
        TypeAliases.Clear();
        AttrAliases.Clear();
        LocAliases.Clear();
        Resources.Clear();
        _counter = 0;
    }

    public int Next(int maxExclusive) => Rng.Next(maxExclusive);

    public int Next(int min, int maxExclusive) => Rng.Next(min, maxExclusive);

    public bool Chance(int oneIn) => Rng.Next(oneIn) == 0;

    public T Pick<T>(IReadOnlyList<T> items) => items[Rng.Next(items.Count)];

    /// <summary>Chooses an index by weight.</summary>
    public int Weighted(ReadOnlySpan<int> weights)
    {
        int total = 0;
        foreach (int w in weights)
            total += w;
        int r = Rng.Next(total);
        for (int i = 0; i < weights.Length; i++)
        {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return weights.Length - 1;
    }

    /// <summary>A random integer in [min, max], biased towards the bounds and small values.</summary>
    public BigInteger Between(BigInteger min, BigInteger max)
    {
        switch (Rng.Next(8))
        {
            case 0:
                return min;
            case 1:
                return max;
            case 2:
                return BigInteger.Clamp(Rng.Next(-3, 4), min, max);
            case 3:
                return BigInteger.Clamp(Rng.Next(-200, 200), min, max);
        }
        BigInteger span = max - min + 1;
        byte[] bytes = new byte[span.GetByteCount() + 1];
        Rng.NextBytes(bytes);
        bytes[^1] = 0;
        return min + new BigInteger(bytes) % span;
    }

    /// <summary><paramref name="bits"/> random bits as a non-negative integer.</summary>
    public BigInteger RandomBits(int bits)
    {
        byte[] bytes = new byte[bits / 8 + 2];
        Rng.NextBytes(bytes);
        bytes[^1] = 0;
        return new BigInteger(bytes) & ((BigInteger.One << bits) - 1);
    }

    /// <summary>Joins <paramref name="count"/> generated items with ", ".</summary>
    public string List(int count, Func<int, string> item)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            if (i > 0)
                sb.Append(", ");
            sb.Append(item(i));
        }
        return sb.ToString();
    }
}
