using Dialectic.Core.Support;

namespace Dialectic.Core.IR;

/// <summary>
/// An MLIR type. Uniqued in its <see cref="IR.Context"/>: compare with <c>==</c> (reference equality).
/// Builtin types live in <c>Dialectic.Core.IR.Types</c>; dialect types derive from <see cref="DialectType"/>.
/// </summary>
public abstract class Type : Uniqued
{
    protected Type(Context context) => Context = context;

    /// <summary>Printer cache: the type's text when nothing inside it can be printed through an alias.</summary>
    internal string? AsmText;

    /// <summary>The context that owns (uniques) this type.</summary>
    public Context Context { get; }

    /// <summary>Prints the type in MLIR syntax (no aliases).</summary>
    public override string ToString() => AsmText is { Length: > 0 } text ? text : Syntax.AsmPrinter.TypeToString(this);
}
