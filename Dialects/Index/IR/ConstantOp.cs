using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.Index;

/// <summary><c>index.constant</c>: an index constant, <c>%idx42 = index.constant 42</c>.</summary>
[Op("index", "constant", Summary = "index constant",
    Description = "Produces an index value equal to an index-typed integer constant: `%0 = index.constant 42`.")]
[Traits(OpTraits.Pure, OpTraits.ConstantLike)]
[AssemblyFormat("attr-dict custom<IndexValue>($value)")]
public sealed partial class ConstantOp : Operation
{
    /// <summary>The value, an <c>index</c> <see cref="IntegerAttr"/> once verified (ODS <c>IndexAttr</c>).</summary>
    [Property(Name = "value", ConstraintMethod = nameof(IsIndexAttr), ConstraintSummary = "index attribute")]
    public partial Attribute ValueAttr { get; }

    [Result(Constraint = TypeConstraint.Index)]
    public partial Value Result { get; }

    /// <summary>The constant (valid on a verified op).</summary>
    public IntegerAttr Value => (IntegerAttr)ValueAttr;

    private static bool IsIndexAttr(Attribute attr) => attr is IntegerAttr { Type: IndexType };

    /// <summary>The value printed without its type (<c>42</c>) and read back as an index.</summary>
    private static bool ParseIndexValue(OpAsmParser parser, ref Attribute? value)
    {
        value = GeneratedSyntax.ParseValueOfType(parser, parser.Context.IndexType);
        return value != null;
    }

    private static void PrintIndexValue(OpAsmPrinter printer, ConstantOp op, Attribute? value)
    {
        if (value != null)
            printer.PrintAttributeWithoutType(value);
    }

    // constant -> its value
    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands) =>
        GetInherentAttr("value") is { } value ? value : default(OpFoldResult?);

    /// <summary>Names the result after its value: <c>%idx42</c>, <c>%idx-1</c>.</summary>
    private void GetAsmResultNames(AsmSetValueName setName)
    {
        if (ValueAttr is IntegerAttr value)
            setName(Result, "idx" + value.SignedValue.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
