using Dialectic.Core.Support;

namespace Dialectic.Core.IR;

/// <summary>
/// An MLIR attribute: a compile-time constant value. Uniqued in its <see cref="IR.Context"/>, so attributes
/// compare by reference. Builtin attributes live in <c>Dialectic.Core.IR.Attributes</c>.
/// </summary>
public abstract class Attribute : Uniqued
{
    protected Attribute(Context context) => Context = context;

    /// <summary>The context that owns (uniques) this attribute.</summary>
    public Context Context { get; }

    /// <summary>Prints the attribute in MLIR syntax (no aliases).</summary>
    public override string ToString() => Syntax.AsmPrinter.AttributeToString(this);
}

/// <summary>An attribute that carries a type (integer, float, dense elements, ...), printed as <c>value : type</c>.</summary>
public interface ITypedAttribute
{
    /// <summary>The attribute's type.</summary>
    Type Type { get; }
}
