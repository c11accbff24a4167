using Dialectic.Core.IR;

namespace Dialectic.Core.Syntax;

/// <summary>
/// What a dialect's type/attribute parser sees: the raw body after <c>!ns.</c> or <c>#ns.</c> (or inside
/// <c>!ns&lt;...&gt;</c>), and the outer parser for nested types and attributes.
/// </summary>
public sealed class DialectAsmParser
{
    private readonly Parser _outer;
    private readonly Token _at;

    internal DialectAsmParser(Parser outer, Token at, string body)
    {
        _outer = outer;
        _at = at;
        Body = body;
    }

    /// <summary>The symbol body text exactly as written.</summary>
    public string Body { get; }

    public Context Context => _outer.Context;

    /// <summary>Parses a type from <paramref name="text"/> (e.g. an element type inside the body).</summary>
    public Type? ParseType(string text) => SourceParser.ParseType(Context, text);

    /// <summary>Whether the dialect hook reported an error (the caller then adds none of its own).</summary>
    public bool HadError { get; private set; }

    /// <summary>Reports an error at the symbol's location; returns null for <c>return parser.EmitError(...)</c>.</summary>
    public T? EmitError<T>(string message) where T : class
    {
        HadError = true;
        Context.EmitError(_outer.LocOf(_at), message);
        return null;
    }
}
