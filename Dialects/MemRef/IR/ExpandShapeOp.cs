using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.MemRef;

/// <summary>
/// <c>%expand_shape = memref.expand_shape %m [[0, 1], [2]] output_shape [%d, 4, 32] : memref&lt;?x32xf32&gt; into
/// memref&lt;?x4x32xf32&gt;</c>: a view of higher rank, each source dim split into a group of contiguous dims.
/// </summary>
[Op("memref", "expand_shape", Summary = "operation to produce a memref with a higher rank.",
    Description = "Produces a higher-rank view of a memref: each source dimension is split into the group of result "
        + "dimensions the reassociation names. `output_shape` gives the result sizes, static ones inline and "
        + "dynamic ones as index values; the result layout follows from the source's.")]
[Traits(OpTraits.Pure)]
[AssemblyFormat("$src $reassociation `output_shape` custom<DynamicIndexList>($output_shape, $static_output_shape) attr-dict `:` type($src) `into` type($result)")]
public sealed partial class ExpandShapeOp : Operation
{
    [Operand(ConstraintMethod = nameof(IsStridedMemRef), ConstraintSummary = "strided memref of any type values")]
    public partial Value Src { get; }

    [Property(ConstraintMethod = nameof(IsIndexListArray), ConstraintSummary = "Array of 64-bit integer array attributes")]
    public partial ArrayAttr Reassociation { get; }

    [Operand(Constraint = TypeConstraint.Index, Name = "output_shape")]
    public partial System.ReadOnlySpan<OpOperand> OutputShape { get; }

    [Property(ConstraintMethod = nameof(IsDenseI64Array), ConstraintSummary = "i64 dense array attribute")]
    public partial DenseArrayAttr StaticOutputShape { get; }

    [Result(ConstraintMethod = nameof(IsStridedMemRef), ConstraintSummary = "strided memref of any type values")]
    public partial Value Result { get; }

    private static bool IsStridedMemRef(Type t) => MemRefConstraints.IsStridedMemRef(t);

    private static bool IsIndexListArray(Attribute a) => Reassociations.IsIndexListArray(a);

    private static bool IsDenseI64Array(Attribute a) => MemRefConstraints.IsDenseI64Array(a);

    private static bool ParseDynamicIndexList(OpAsmParser parser, List<UnresolvedOperand> values, ref Attribute? integers) =>
        DynamicIndexList.Parse(parser, values, ref integers);

    private static void PrintDynamicIndexList(OpAsmPrinter printer, ExpandShapeOp op, System.ReadOnlySpan<OpOperand> values, Attribute? integers) =>
        DynamicIndexList.Print(printer, values, integers);

    /// <summary>The reassociation groups.</summary>
    public long[][] ReassociationIndices => Reassociations.Indices(Reassociation);

    private void GetAsmResultNames(AsmSetValueName setName) => setName(Result, "expand_shape");

    private bool Verify()
    {
        var srcType = (MemRefType)Src.Type;
        var resultType = (MemRefType)Result.Type;
        if (srcType.Rank > resultType.Rank)
            return EmitOpError($"has source rank {srcType.Rank} and result rank {resultType.Rank}. This is not an expansion ({srcType.Rank} > {resultType.Rank}).");
        var groups = ReassociationIndices;
        if (!Reassociations.VerifyCollapsedShape(this, srcType.Shape, resultType.Shape, groups))
            return false;
        var expected = Reassociations.ExpandedType(srcType, resultType.Shape, groups);
        if (expected == null)
            return EmitOpError("invalid source layout map");
        if (!ReferenceEquals(expected, resultType))
            return EmitOpError($"expected expanded type to be '{expected}' but found '{resultType}'");
        var staticShape = StaticOutputShape.Raw;
        if (staticShape.Length != resultType.Rank)
            return EmitOpError($"expected number of static shape bounds to be equal to the output rank ({resultType.Rank}) but found {staticShape.Length} inputs instead");
        int dynamic = MemRefLayouts.CountDynamic(staticShape);
        if (OutputShape.Length != dynamic)
            return EmitOpError($"mismatch in dynamic dims in output_shape and static_output_shape: static_output_shape has {dynamic} dynamic dims while output_shape has {OutputShape.Length} values");
        for (int pos = 0; pos < resultType.Rank; pos++)
            if (resultType.Shape[pos] != ShapedType.Dynamic && resultType.Shape[pos] != staticShape[pos])
                return EmitOpError($"invalid output shape provided at pos {pos}");
        return true;
    }

    // expand_shape(x) : T -> T  ->  x;  expand_shape(collapse_shape(x)) -> x when it restores x's type
    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands)
    {
        var inverse = Src.DefiningOp as CollapseShapeOp;
        if (ReshapeFolding.Fold(Src, (MemRefType)Result.Type, ReassociationIndices,
                inverse, inverse?.Src, inverse?.ReassociationIndices) is { } folded)
            return folded;
        return null;
    }

    public static void GetCanonicalizationPatterns(Core.Rewrite.RewritePatternSet patterns, Context context) =>
        patterns.Add<ExpandShapeOp>(ReshapePatterns.ComposeExpands, debugName: "ComposeReassociativeReshapeOps");
}
