using System.Collections.Generic;

namespace Dialectic.Core.IR;

/// <summary>
/// A namespace of operations, types and attributes. Subclasses register their ops in <see cref="Initialize"/>
/// and may parse/print their own types and attributes through the syntax hooks.
/// </summary>
public abstract class Dialect
{
    private readonly List<OperationInfo> _operations = new();
    private readonly Dictionary<System.Type, object> _interfaces = new();

    protected Dialect(Context context, string ns)
    {
        Context = context;
        Namespace = ns;
    }

    public Context Context { get; }

    /// <summary>The prefix of every op, type and attribute of the dialect (<c>arith</c>, <c>builtin</c>).</summary>
    public string Namespace { get; }

    /// <summary>The operations registered by this dialect, in registration order.</summary>
    public IReadOnlyList<OperationInfo> Operations => _operations;

    /// <summary>Registers ops, types, attributes and interfaces; called once when the dialect is loaded.</summary>
    protected abstract void Initialize();

    /// <summary>Registers an operation of this dialect.</summary>
    protected void AddOperation(OperationInfo info)
    {
        info.Dialect = this;
        _operations.Add(info);
        Context.RegisterOperation(info);
    }

    internal void InitializeInternal() => Initialize();

    /// <summary>Attaches a dialect interface (an object implementing <typeparamref name="T"/>, MLIR's
    /// <c>Dialect::addInterfaces</c>); a later call for the same <typeparamref name="T"/> replaces it.</summary>
    public void AddInterface<T>(T implementation) where T : class => _interfaces[typeof(T)] = implementation;

    /// <summary>The dialect interface <typeparamref name="T"/> registered on this dialect, or null.</summary>
    public T? GetInterface<T>() where T : class => _interfaces.TryGetValue(typeof(T), out var o) ? (T)o : null;

    /// <summary>
    /// Parses the body of a dialect type (<c>!ns.body</c> or <c>!ns&lt;body&gt;</c>); null means "not handled",
    /// after which the parser reports an error. The default keeps nothing: dialects with types override it.
    /// </summary>
    public virtual Type? ParseType(Syntax.DialectAsmParser parser) => null;

    /// <summary>
    /// Creates an op of this dialect producing the constant <paramref name="value"/> of <paramref name="type"/>
    /// at the builder's insertion point (MLIR's materializeConstant); null when the dialect cannot.
    /// </summary>
    public virtual Operation? MaterializeConstant(OpBuilder builder, Attribute value, Type type, Attributes.LocationAttr location) => null;

    /// <summary>
    /// Adds the dialect-wide canonicalization patterns (MLIR's <c>Dialect::getCanonicalizationPatterns</c>), those
    /// not rooted at one op of the dialect; the canonicalizer gathers them with every op's own patterns.
    /// </summary>
    public virtual void GetCanonicalizationPatterns(Rewrite.RewritePatternSet patterns) { }

    /// <summary>Parses the body of a dialect attribute; see <see cref="ParseType"/>.</summary>
    public virtual Attribute? ParseAttribute(Syntax.DialectAsmParser parser, Type? type) => null;
}
