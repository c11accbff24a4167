using System;

namespace Dialectic.Core.IR.Declarations;

/// <summary>
/// Marks a partial property as an operand group, in declaration order. The property type sets the arity:
/// <c>Value</c> (single), <c>Value?</c> (optional), <c>ReadOnlySpan&lt;OpOperand&gt;</c> (variadic).
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class OperandAttribute : System.Attribute
{
    /// <summary>The operand's type constraint; <see cref="TypeConstraint.Any"/> checks nothing.</summary>
    public TypeConstraint Constraint { get; set; }

    /// <summary>
    /// Instead of <see cref="Constraint"/>: a <c>static bool Name(Type)</c> method of the op class, with
    /// <see cref="ConstraintSummary"/> for the error message.
    /// </summary>
    public string? ConstraintMethod { get; set; }

    /// <summary>The wording for <see cref="ConstraintMethod"/> (<c>must be {summary}, but got ...</c>).</summary>
    public string? ConstraintSummary { get; set; }

    /// <summary>The name in the assembly format and messages; default: the property name in snake_case.</summary>
    public string? Name { get; set; }
}
