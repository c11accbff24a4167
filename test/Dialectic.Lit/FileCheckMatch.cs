using System.Collections.Generic;

namespace Dialectic.Lit;

/// <summary>
/// The outcome of matching one pattern once. Positions are absolute offsets into the input buffer.
/// <see cref="Undefined"/> is non-empty when a substitution used an undefined variable (then nothing was searched).
/// </summary>
internal sealed class FileCheckMatch
{
    public bool Found { get; init; }

    public int Position { get; init; }

    public int Length { get; init; }

    /// <summary>Undefined variables used by the pattern, with their offsets in the check file.</summary>
    public List<(string Name, int Offset)> Undefined { get; } = new();

    /// <summary>Substitutions performed, as (expression text, substituted text), for "with X equal to Y"
    /// notes.</summary>
    public List<(string Name, string Value)> Substitutions { get; } = new();
}
