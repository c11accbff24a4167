using System;

namespace Dialectic.Core.IR.Declarations;

/// <summary>
/// MLIR's declarative assembly format for the op's custom syntax, e.g.
/// <c>"$lhs `,` $rhs attr-dict `:` type($result)"</c>. Compiled by the generator into parse and print hooks.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AssemblyFormatAttribute : System.Attribute
{
    public AssemblyFormatAttribute(string format) => Format = format;

    public string Format { get; }
}
