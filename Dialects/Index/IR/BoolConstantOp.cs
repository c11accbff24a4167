using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.Index;

/// <summary>
/// <c>index.bool.constant</c>: an <c>i1</c> constant, the materialized result of folding <c>index.cmp</c>.
/// </summary>
[Op("index", "bool.constant", Summary = "boolean constant",
    Description = "Produces an `i1` value equal to `true` or `false`: `%0 = index.bool.constant true`. Folded "
        + "`index.cmp` ops materialize as this op.")]
[Traits(OpTraits.Pure, OpTraits.ConstantLike)]
[AssemblyFormat("attr-dict custom<BoolValue>($value)")]
public sealed partial class BoolConstantOp : Operation
{
    /// <summary>The value, an <c>i1</c> <see cref="IntegerAttr"/> once verified (ODS <c>BoolAttr</c>).</summary>
    [Property(Name = "value", ConstraintMethod = nameof(IsBoolAttr), ConstraintSummary = "bool attribute")]
    public partial Attribute ValueAttr { get; }

    [Result(Constraint = TypeConstraint.I1)]
    public partial Value Result { get; }

    /// <summary>The constant (valid on a verified op).</summary>
    public bool Value => ValueAttr is IntegerAttr { IsZero: false };

    private static bool IsBoolAttr(Attribute attr) =>
        attr is IntegerAttr { Type: IntegerType { Width: 1, IsSignless: true } };

    /// <summary><c>true</c>/<c>false</c> (or an integer, read as <c>i1</c>).</summary>
    private static bool ParseBoolValue(OpAsmParser parser, ref Attribute? value)
    {
        value = GeneratedSyntax.ParseValueOfType(parser, parser.Context.I(1));
        return value != null;
    }

    private static void PrintBoolValue(OpAsmPrinter printer, BoolConstantOp op, Attribute? value)
    {
        if (value != null)
            printer.PrintAttributeWithoutType(value);
    }

    // bool.constant -> its value
    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands) =>
        GetInherentAttr("value") is { } value ? value : default(OpFoldResult?);

    /// <summary>Names the result <c>%true</c> or <c>%false</c>.</summary>
    private void GetAsmResultNames(AsmSetValueName setName) => setName(Result, Value ? "true" : "false");
}
