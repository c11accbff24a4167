namespace Dialectic.Core.Tests.Robustness;

/// <summary>The edits the mutation fuzzer makes to valid MLIR text.</summary>
internal enum MutationKind
{
    /// <summary>Replace one character by an arbitrary one in U+0000..U+00FF.</summary>
    ReplaceChar,

    /// <summary>Flip one bit of one character.</summary>
    FlipBit,

    /// <summary>Delete 1..64 characters.</summary>
    Delete,

    /// <summary>Duplicate 1..64 characters in place.</summary>
    Duplicate,

    /// <summary>Cut the text at a position.</summary>
    Truncate,

    /// <summary>Insert a token or fragment from a table (sometimes thousands of copies).</summary>
    InsertFragment,

    /// <summary>Insert up to 256 characters of another seed.</summary>
    Splice,

    /// <summary>Exchange two ranges of the text.</summary>
    SwapRanges,
}
