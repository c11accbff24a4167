namespace Dialectic.TableGen.Model;

/// <summary>
/// An inherent attribute: the C# property, attribute name, attribute class (fully qualified, without
/// nullability), whether optional, its default in MLIR syntax, and its constraint wording.
/// </summary>
internal sealed record PropertyModel(
    string PropertyName,
    string Name,
    string Accessibility,
    string PropertyType,
    string AttributeClass,
    bool IsOptional,
    string? Default,
    string Summary,
    string? ConstraintMethod,
    string? ConstraintSummary,
    string? EnumType = null,
    EnumForm EnumForm = EnumForm.None,
    int EnumWidth = 64,
    string? ValueType = null);

/// <summary>How a property holds an enum: not at all, as an i32/i64 <c>IntegerAttr</c>, or as the enum's dialect
/// attribute printed stripped <c>&lt;case&gt;</c> or bare <c>case</c>.</summary>
internal enum EnumForm
{
    None,
    Integer,
    BracketedAttr,
    BareAttr,
}
