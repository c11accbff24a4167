using Microsoft.CodeAnalysis;

namespace Dialectic.TableGen;

/// <summary>The generator's diagnostics, <c>DIA0001</c>... Each is reported at the offending declaration.</summary>
internal static class Diagnostics
{
    private const string Category = "Dialectic.TableGen";

    public static readonly DiagnosticDescriptor NotPartial = Error("DIA0001",
        "Op class must be partial", "Op class '{0}' must be declared 'partial' so the generator can complete it");

    public static readonly DiagnosticDescriptor NotSealed = Error("DIA0002",
        "Op class must be sealed", "Op class '{0}' must be declared 'sealed'");

    public static readonly DiagnosticDescriptor NotOperation = Error("DIA0003",
        "Op class must derive from Operation", "Op class '{0}' must derive from Dialectic.Core.IR.Operation");

    public static readonly DiagnosticDescriptor BadName = Error("DIA0004",
        "Invalid dialect or op name", "'{0}' is not a valid {1}: expected a letter or '_' followed by letters, digits, '_', '$' or '.'");

    public static readonly DiagnosticDescriptor DuplicateName = Error("DIA0005",
        "Duplicate name in op declaration", "Op '{0}' declares the name '{1}' more than once");

    public static readonly DiagnosticDescriptor NotPartialProperty = Error("DIA0006",
        "Declared member must be a partial property without body", "'{0}' must be a partial property declaration with a 'get' accessor and no implementation");

    public static readonly DiagnosticDescriptor BadPropertyType = Error("DIA0007",
        "Unsupported property type", "'{0}' has type '{1}', but a {2} must have type {3}");

    public static readonly DiagnosticDescriptor UnknownConstraint = Error("DIA0008",
        "Unknown type constraint", "'{0}' uses unknown type constraint '{1}'");

    public static readonly DiagnosticDescriptor BadConstraintMethod = Error("DIA0009",
        "Constraint method not found", "'{0}' names constraint method '{1}', but the op class has no 'static bool {1}({2})'");

    public static readonly DiagnosticDescriptor BadFormat = Error("DIA0010",
        "Invalid assembly format", "Assembly format of '{0}': {1}");

    public static readonly DiagnosticDescriptor AmbiguousSegments = Error("DIA0011",
        "Several variable-length groups need segment sizes", "Op '{0}' has more than one optional or variadic {1} group; declare trait {2}");

    public static readonly DiagnosticDescriptor NestedOrGeneric = Error("DIA0012",
        "Op class must be a non-generic top-level class", "Op class '{0}' must be a non-generic class declared directly in a namespace");

    public static readonly DiagnosticDescriptor DuplicateOp = Error("DIA0013",
        "Op declared twice", "Op '{0}' is declared by both '{1}' and '{2}'");

    public static readonly DiagnosticDescriptor ConstraintSummaryMissing = Error("DIA0014",
        "Constraint method needs a summary", "'{0}' names a constraint method but no ConstraintSummary for its error message");

    public static readonly DiagnosticDescriptor UnknownMatchName = Error("DIA0015",
        "AllTypesMatch names an unknown value", "AllTypesMatch on '{0}' names '{1}', which is not an operand or result");

    public static readonly DiagnosticDescriptor BadHookSignature = Error("DIA0016",
        "Hook method has the wrong signature", "'{0}' on op class '{1}' has the wrong signature for a hook: expected '{2}'");

    private static readonly DiagnosticDescriptor[] All =
    [
        NotPartial, NotSealed, NotOperation, BadName, DuplicateName, NotPartialProperty, BadPropertyType,
        UnknownConstraint, BadConstraintMethod, BadFormat, AmbiguousSegments, NestedOrGeneric, DuplicateOp,
        ConstraintSummaryMissing, UnknownMatchName, BadHookSignature,
    ];

    public static DiagnosticDescriptor ById(string id)
    {
        foreach (var d in All)
            if (d.Id == id)
                return d;
        throw new System.ArgumentException("unknown diagnostic " + id, nameof(id));
    }

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
