namespace Dialectic.Core.IR;

/// <summary>
/// Base of types defined by a dialect (not builtin): printed as <c>!ns.mnemonic&lt;...&gt;</c> through the
/// dialect's hooks. Builtin code treats them as opaque, valid element types.
/// </summary>
public abstract class DialectType : Type
{
    protected DialectType(Dialect dialect) : base(dialect.Context) => Dialect = dialect;

    /// <summary>The dialect that defines (parses and prints) this type.</summary>
    public Dialect Dialect { get; }
}
