using System;

namespace Dialectic.Core.IR.Declarations;

/// <summary>
/// Declares a <c>sealed partial class XOp : Operation</c> as the op <c>dialect.mnemonic</c>. The TableGen source
/// generator expands it: accessors for the partial properties marked <see cref="OperandAttribute"/>,
/// <see cref="ResultAttribute"/>, <see cref="PropertyAttribute"/>, <see cref="RegionAttribute"/> and
/// <see cref="SuccessorAttribute"/>, a <c>Create</c> builder, an <c>OperationInfo</c> named <c>Info</c>, the
/// verification of every declared constraint and, with <see cref="AssemblyFormatAttribute"/>, custom syntax.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class OpAttribute : System.Attribute
{
    public OpAttribute(string dialect, string mnemonic)
    {
        Dialect = dialect;
        Mnemonic = mnemonic;
    }

    /// <summary>The dialect namespace (<c>arith</c>).</summary>
    public string Dialect { get; }

    /// <summary>The op name inside the dialect (<c>addi</c>, <c>cmpf</c>, <c>alloca_scope</c>).</summary>
    public string Mnemonic { get; }

    /// <summary>One line for generated documentation.</summary>
    public string? Summary { get; set; }

    /// <summary>Markdown for generated documentation.</summary>
    public string? Description { get; set; }

    /// <summary>The dialect whose ops print without prefix inside this op's regions (<c>OperationInfo.DefaultDialect</c>).</summary>
    public string? DefaultDialect { get; set; }
}
