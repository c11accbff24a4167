using Dialectic.Core.IR;

namespace Dialectic.Core.Syntax;

/// <summary>Entry points for parsing text into IR. Errors are emitted to the context's diagnostic engine.</summary>
public static class SourceParser
{
    /// <summary>
    /// Parses a source buffer into a detached block holding the top-level operations; null after an error.
    /// Call on a big-stack thread (<see cref="Support.BigStack"/>) for deeply nested input.
    /// </summary>
    public static Block? ParseSource(Context context, string text, ParserOptions options)
    {
        var parser = new Parser(context, text, options);
        var block = new Block();
        return parser.ParseTopLevel(block) ? block : null;
    }

    /// <summary>Parses one type from <paramref name="text"/>; null after an error.</summary>
    public static Type? ParseType(Context context, string text)
    {
        var parser = new Parser(context, text, new ParserOptions { FileName = "<type>" });
        try
        {
            var t = parser.ParseType();
            if (parser.Tok.Kind != TokenKind.Eof)
                throw parser.Error("unexpected trailing characters after type");
            return t;
        }
        catch (ParseException)
        {
            return null;
        }
    }

    /// <summary>Parses one attribute from <paramref name="text"/>; null after an error.</summary>
    public static Attribute? ParseAttribute(Context context, string text)
    {
        var parser = new Parser(context, text, new ParserOptions { FileName = "<attribute>" });
        try
        {
            var a = parser.ParseAttribute();
            if (parser.Tok.Kind != TokenKind.Eof)
                throw parser.Error("unexpected trailing characters after attribute");
            return a;
        }
        catch (ParseException)
        {
            return null;
        }
    }
}
