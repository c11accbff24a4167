namespace Dialectic.Core.IR;

/// <summary>
/// Base of types defined by a dialect (not builtin), such as <c>!llvm.struct&lt;(ptr, i64)&gt;</c>: printed as
/// <c>!ns.body</c> (or <c>!ns&lt;body&gt;</c> when the body is not an identifier with an optional
/// <c>&lt;...&gt;</c> group), and parsed back through the dialect's <see cref="Dialect.ParseType"/> hook.
/// Builtin code treats them as opaque, valid element types.
/// </summary>
public abstract class DialectType : Type
{
    protected DialectType(Dialect dialect) : base(dialect.Context) => Dialect = dialect;

    /// <summary>The dialect that defines (parses and prints) this type.</summary>
    public Dialect Dialect { get; }

    /// <summary>
    /// The text after <c>!ns.</c>: mnemonic plus parameters (<c>struct&lt;(ptr, i64)&gt;</c>). It is fixed for the
    /// uniqued instance: the printer caches the whole type's text, so the body must not depend on printing state
    /// (aliases, flags). A dialect that prints nested types of its own without the prefix (llvm does) writes them
    /// that way into the body. Read about once per uniqued type; computing it lazily and keeping it is up to the
    /// type. (Named <c>AsmBody</c>, not <c>Body</c> as on <see cref="DialectAttribute"/>, so that types can keep
    /// <c>Body</c> for their own contents, as MLIR's struct types do.)
    /// </summary>
    public abstract string AsmBody { get; }
}
