using System;

namespace Dialectic.Core.IR.Declarations;

/// <summary>
/// On a <c>partial class XDialect : Dialect</c>: the generator adds <c>private void RegisterOperations()</c>,
/// which registers every op of this assembly declared with <see cref="OpAttribute"/> for namespace
/// <see cref="Namespace"/>, in name order. <c>Initialize</c> calls it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class DialectOperationsAttribute : System.Attribute
{
    public DialectOperationsAttribute(string ns) => Namespace = ns;

    public string Namespace { get; }
}
