namespace Dialectic.Core.Syntax;

/// <summary>Knobs of a parse.</summary>
public sealed class ParserOptions
{
    /// <summary>
    /// The maximum nesting of regions, attributes and types. Deeper input is a diagnostic rather than a stack
    /// overflow. The parser runs on a thread with a large stack (see <see cref="SourceParser"/>).
    /// </summary>
    public int MaxNestingDepth { get; init; } = 100_000;

    /// <summary>File name used in locations (the input path, or <c>&lt;stdin&gt;</c>).</summary>
    public string FileName { get; init; } = "<stdin>";

    /// <summary>
    /// True when the source was not valid UTF-8 and was read one char per byte: string literals then take
    /// each char as a byte instead of UTF-8-encoding it.
    /// </summary>
    public bool SourceIsByteText { get; init; }

    /// <summary>Line offset added to every location (for split input, 0 otherwise).</summary>
    public int LineOffset { get; init; }
}
