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
    string? EnumType = null);
