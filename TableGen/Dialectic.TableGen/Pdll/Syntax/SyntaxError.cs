using Microsoft.CodeAnalysis.Text;

namespace Dialectic.TableGen.Pdll.Syntax;

/// <summary>A lexer or parser error: ANTLR's message and where in the file it points.</summary>
internal readonly record struct SyntaxError(string Message, TextSpan Span);
