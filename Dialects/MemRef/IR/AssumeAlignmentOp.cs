using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;

namespace Dialectic.Dialects.MemRef;

/// <summary><c>%assume_align = memref.assume_alignment %m, 16 : memref&lt;4xf32&gt;</c>: the same memref, with the
/// promise that its buffer is aligned to 16 bytes.</summary>
[Op("memref", "assume_alignment", Summary = "assumption that gives alignment information to the input memref",
    Description = "Returns its memref operand unchanged, with the added assumption that the underlying buffer is "
        + "aligned to `alignment` bytes (a power of two). Using the result when the assumption does not hold "
        + "gives poison; the op exists only to enable optimizations.")]
[Traits(OpTraits.Pure, OpTraits.SameOperandsAndResultType)]
[AssemblyFormat("$memref `,` custom<Alignment>($alignment) attr-dict `:` type($memref)")]
public sealed partial class AssumeAlignmentOp : Operation
{
    [Operand(ConstraintMethod = nameof(IsRankedMemRef), ConstraintSummary = "memref of any type values")]
    public partial Value Memref { get; }

    [Property(ConstraintMethod = nameof(IsPositive),
        ConstraintSummary = "32-bit signless integer attribute whose value is positive")]
    public partial IntegerAttr Alignment { get; }

    [Result(ConstraintMethod = nameof(IsRankedMemRef), ConstraintSummary = "memref of any type values")]
    public partial Value Result { get; }

    private static bool IsRankedMemRef(Type t) => MemRefConstraints.IsRankedMemRef(t);

    private static bool IsPositive(Attribute a) =>
        a is IntegerAttr { Type: IntegerType { Width: 32, IsSignless: true } } i && i.SignedValue > 0;

    // The alignment prints without its (i32) type, as ODS prints an I32Attr in a format.
    private static bool ParseAlignment(Dialectic.Core.Syntax.OpAsmParser parser, ref Attribute? alignment)
    {
        var loc = parser.CurrentLocation;
        long value = parser.ParseInteger();
        if (value < int.MinValue || value > uint.MaxValue)
        {
            parser.Context.EmitError(loc, "integer constant out of range for attribute");
            return false;
        }
        alignment = IntegerAttr.Get(parser.Context.I(32), value);
        return true;
    }

    private static void PrintAlignment(Dialectic.Core.Syntax.OpAsmPrinter printer, AssumeAlignmentOp op, Attribute? alignment)
    {
        if (alignment != null)
            printer.PrintAttributeWithoutType(alignment);
    }

    private void GetAsmResultNames(AsmSetValueName setName) => setName(Result, "assume_align");

    private bool Verify()
    {
        var value = Alignment.SignedValue;
        if (value.IsZero || !(value & (value - 1)).IsZero)
            return EmitOpError("alignment must be power of 2");
        return true;
    }

    // assume_alignment(assume_alignment(x, a), a) -> assume_alignment(x, a)
    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands)
    {
        if (Memref.DefiningOp is AssumeAlignmentOp source && ReferenceEquals(source.Alignment, Alignment))
            return Memref;
        return null;
    }
}
