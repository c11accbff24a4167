namespace Dialectic.Core.Syntax;

/// <summary>
/// Where a token starts, as a custom-op parser remembers it for an error it may report later (MLIR's
/// <c>SMLoc</c>): a plain copy of the token, turned into a location attribute only when an error is emitted,
/// so remembering one costs no allocation and adds nothing to the context's uniquer.
/// </summary>
public readonly record struct SourcePosition(Token Token);
