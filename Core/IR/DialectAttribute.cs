namespace Dialectic.Core.IR;

/// <summary>
/// Base of attributes defined by a dialect (not builtin), such as <c>#arith.overflow&lt;nsw&gt;</c>: printed as
/// <c>#ns.body</c> (or <c>#ns&lt;body&gt;</c> when the body is not an identifier with an optional
/// <c>&lt;...&gt;</c> group), and parsed back through the dialect's <see cref="Dialect.ParseAttribute"/> hook.
/// </summary>
public abstract class DialectAttribute : Attribute
{
    protected DialectAttribute(Context context) : base(context) { }

    /// <summary>The namespace of the defining dialect (<c>arith</c>).</summary>
    public abstract string DialectNamespace { get; }

    /// <summary>The text after <c>#ns.</c>: <c>overflow&lt;nsw, nuw&gt;</c>.</summary>
    public abstract string Body { get; }
}
