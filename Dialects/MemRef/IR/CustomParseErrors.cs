using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.MemRef;

/// <summary>Errors of the hand-written parsers that MLIR reports at the op name, with its custom-op prefix.</summary>
internal static class CustomParseErrors
{
    /// <summary>Reports <c>custom op 'name' message</c> at the op name; returns false.</summary>
    public static bool AtName(OpAsmParser parser, string message)
    {
        parser.Context.EmitError(parser.State.Location, $"custom op '{parser.State.Name.Name}' {message}");
        return false;
    }
}
