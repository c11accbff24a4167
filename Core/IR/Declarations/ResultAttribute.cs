using System;

namespace Dialectic.Core.IR.Declarations;

/// <summary>
/// Marks a partial property as a result group, in declaration order. The property type sets the arity:
/// <c>Value</c> or <c>OpResult</c> (single), <c>OpResult?</c> (optional), <c>ReadOnlySpan&lt;OpResult&gt;</c> (variadic).
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class ResultAttribute : System.Attribute
{
    /// <summary>The result's type constraint; <see cref="TypeConstraint.Any"/> checks nothing.</summary>
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
