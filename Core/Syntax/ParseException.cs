using System;

namespace Dialectic.Core.Syntax;

/// <summary>
/// Unwinds the parser after a located error diagnostic has already been emitted. Never escapes the public
/// parsing entry points.
/// </summary>
internal sealed class ParseException : Exception
{
    public ParseException() : base("parse error (already reported)") { }
}
