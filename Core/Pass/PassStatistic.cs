using System.Threading;

namespace Dialectic.Core.Pass;

/// <summary>
/// A named counter of a pass (MLIR's <c>Pass::Statistic</c>), shown by <c>--mlir-pass-statistics</c>. Declare it
/// as a field of the pass (<c>private readonly PassStatistic _numFolded = new("num-folded", "...");</c>); the
/// pass finds its statistics by reflection, in declaration order. Increments are atomic, so a pass may count from
/// several threads; clones made for parallel execution have their own counters, summed when statistics are shown.
/// </summary>
public sealed class PassStatistic
{
    private long _value;

    public PassStatistic(string name, string description)
    {
        Name = name;
        Description = description;
    }

    /// <summary>The statistic's name, e.g. <c>num-ops</c>.</summary>
    public string Name { get; }

    /// <summary>One line saying what is counted.</summary>
    public string Description { get; }

    /// <summary>The current count.</summary>
    public long Value
    {
        get => Interlocked.Read(ref _value);
        set => Interlocked.Exchange(ref _value, value);
    }

    /// <summary>Adds one.</summary>
    public void Increment() => Interlocked.Increment(ref _value);

    /// <summary>Adds <paramref name="amount"/>.</summary>
    public void Add(long amount) => Interlocked.Add(ref _value, amount);

    /// <summary><c>++statistic</c>, as in MLIR.</summary>
    public static PassStatistic operator ++(PassStatistic statistic)
    {
        statistic.Increment();
        return statistic;
    }

    public override string ToString() => $"{Name} = {Value}";
}
