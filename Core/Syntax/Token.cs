namespace Dialectic.Core.Syntax;

/// <summary>A lexed token: kind and extent in the source text (no allocation), with its 1-based line.</summary>
public readonly record struct Token(TokenKind Kind, int Start, int Length, int Line, int LineStart)
{
    public int End => Start + Length;

    /// <summary>1-based column of the first character.</summary>
    public int Column => Start - LineStart + 1;

    public bool Is(TokenKind kind) => Kind == kind;
}
