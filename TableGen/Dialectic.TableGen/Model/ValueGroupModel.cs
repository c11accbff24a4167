namespace Dialectic.TableGen.Model;

/// <summary>
/// An operand or result group: the C# property implementing it, its ODS name, arity and type constraint
/// (<paramref name="Constraint"/> is a <c>TypeConstraint</c> member name; <paramref name="ConstraintMethod"/>
/// a static method of the op class; <paramref name="Summary"/> the wording of the check, null when unchecked).
/// </summary>
internal sealed record ValueGroupModel(
    string PropertyName,
    string Name,
    string Accessibility,
    string PropertyType,
    GroupArity Arity,
    string Constraint,
    string? ConstraintMethod,
    string? Summary)
{
    /// <summary>An expression building the type when the constraint fixes it (<c>index</c>, <c>i1</c>), else null;
    /// <c>ctx</c> is the context in scope.</summary>
    public string? Buildable => ConstraintMethod != null ? null : Constraint switch
    {
        "Index" => "ctx.IndexType",
        "I1" => "ctx.I(1)",
        _ => null,
    };
}
