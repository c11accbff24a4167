namespace Dialectic.Core.Syntax;

/// <summary>Token kinds of MLIR's textual format.</summary>
public enum TokenKind : byte
{
    Eof,
    Error,
    BareIdentifier,
    /// <summary><c>@name</c> or <c>@"string"</c>.</summary>
    AtIdentifier,
    /// <summary><c>#name</c> (attribute alias, dialect attribute, or <c>#N</c> result number).</summary>
    HashIdentifier,
    /// <summary><c>%name</c>.</summary>
    PercentIdentifier,
    /// <summary><c>^name</c>.</summary>
    CaretIdentifier,
    /// <summary><c>!name</c> (type alias or dialect type).</summary>
    ExclamationIdentifier,
    /// <summary><c>#</c> alone is an error; <c>!</c> alone too.</summary>
    Integer,
    Float,
    String,
    /// <summary><c>iN</c>, <c>siN</c>, <c>uiN</c>.</summary>
    IntegerType,
    Arrow,
    Colon,
    Comma,
    Ellipsis,
    Equal,
    Greater,
    LBrace,
    LParen,
    LSquare,
    Less,
    Minus,
    Plus,
    Question,
    RBrace,
    RParen,
    RSquare,
    Star,
    VerticalBar,
    /// <summary><c>{-#</c>: start of file metadata.</summary>
    FileMetadataBegin,
    /// <summary><c>#-}</c>: end of file metadata.</summary>
    FileMetadataEnd,
    /// <summary>A code-completion marker is not supported; kept for completeness of MLIR's set.</summary>
    Keyword,
}
