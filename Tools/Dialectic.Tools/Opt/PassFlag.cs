namespace Dialectic.Tools.Opt;

/// <summary>A pass or pipeline given as a flag (<c>--cse</c>, <c>--canonicalize=max-iterations=3</c>): its argument
/// and option text, in command-line order.</summary>
public sealed record PassFlag(string Argument, string Options);
