using System;

namespace Dialectic.Core.IR.Declarations;

/// <summary>
/// ODS <c>AllTypesMatch</c>: the named operands and results (ODS names) have one type. Verified with MLIR's
/// message (<c>failed to verify that all of {a, b} have same type</c>); the assembly format may then write the
/// type of only one of them.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = true)]
public sealed class AllTypesMatchAttribute : System.Attribute
{
    public AllTypesMatchAttribute(params string[] names) => Names = names;

    public string[] Names { get; }
}
