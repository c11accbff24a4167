namespace Dialectic.Core.Tests.Robustness;

/// <summary>A seed file, a donor for splices, a set of printing flags and the edits to make.</summary>
internal sealed record FuzzCase(int Seed, int Donor, int FlagSet, Mutation[] Edits)
{
    /// <summary>The mutated text.</summary>
    public string Build()
    {
        string text = FuzzSeeds.All[Seed];
        foreach (var edit in Edits)
            text = edit.Apply(text, FuzzSeeds.All[Donor]);
        return text;
    }

    public override string ToString() => $"seed {Seed}, donor {Donor}, flags {FlagSet}, edits [{string.Join<Mutation>(", ", Edits)}]";
}
