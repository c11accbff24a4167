using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;

namespace Dialectic.Dialects.MemRef;

/// <summary><c>%view = memref.view %buf[%shift][%d] : memref&lt;2048xi8&gt; to memref&lt;?x4xf32&gt;</c>: a contiguous
/// N-D memref of any element type carved from a flat i8 buffer at a byte shift.</summary>
[Op("memref", "view", Summary = "memref view operation",
    Description = "Carves a contiguous memref with identity layout and any element type out of a flat 1-D i8 buffer, at "
        + "a byte shift given as an index value; dynamic result sizes are index values too.")]
[Traits(OpTraits.Pure)]
[AssemblyFormat("$source `[` $byte_shift `]` `` `[` $sizes `]` attr-dict `:` type($source) `to` type(results)")]
public sealed partial class ViewOp : Operation
{
    [Operand(ConstraintMethod = nameof(Is1DI8MemRef), ConstraintSummary = "1D memref of 8-bit signless integer values")]
    public partial Value Source { get; }

    [Operand(Constraint = TypeConstraint.Index, Name = "byte_shift")]
    public partial Value ByteShift { get; }

    [Operand(Constraint = TypeConstraint.Index)]
    public partial System.ReadOnlySpan<OpOperand> Sizes { get; }

    [Result(ConstraintMethod = nameof(IsRankedMemRef), ConstraintSummary = "memref of any type values")]
    public partial Value Result { get; }

    private static bool Is1DI8MemRef(Type t) => MemRefConstraints.Is1DI8MemRef(t);

    private static bool IsRankedMemRef(Type t) => MemRefConstraints.IsRankedMemRef(t);

    private void GetAsmResultNames(AsmSetValueName setName) => setName(Result, "view");

    private bool Verify()
    {
        var baseType = (MemRefType)Source.Type;
        var viewType = (MemRefType)Result.Type;
        if (!MemRefLayouts.IsIdentityLayout(baseType))
            return EmitError($"unsupported map for base memref type '{baseType}'");
        if (!MemRefLayouts.IsIdentityLayout(viewType))
            return EmitError($"unsupported map for result memref type '{viewType}'");
        if (!Equals(baseType.MemorySpace, viewType.MemorySpace))
            return EmitError($"different memory spaces specified for base memref type '{baseType}' and view memref type '{viewType}'");
        int dynamic = MemRefLayouts.CountDynamic(viewType.Shape);
        if (Sizes.Length != dynamic)
            return EmitOpError($"incorrect number of dynamic sizes, has {Sizes.Length}, expected {dynamic}");
        return true;
    }

    public static void GetCanonicalizationPatterns(Core.Rewrite.RewritePatternSet patterns, Context context)
    {
        patterns.Add<ViewOp>(FoldConstantSizes, debugName: "ViewOpShapeFolder");
        patterns.Add<ViewOp>(FoldCastOfAlloc, debugName: "ViewOpMemrefCastFolder");
    }

    // view(x)[s][%c4, %d] : memref<?x?xf32> -> cast(view(x)[s][%d] : memref<4x?xf32>): sizes given by
    // arith.constant index values become static (when some operand is a constant index at all).
    private static bool FoldConstantSizes(ViewOp op, Core.Rewrite.PatternRewriter rewriter)
    {
        bool anyConstant = false;
        for (int i = 0; i < op.NumOperands && !anyConstant; i++)
            anyConstant = Operation.GetConstantValue(op.GetOperand(i)) is IntegerAttr { Type: IndexType };
        if (!anyConstant)
            return false;
        var type = (MemRefType)op.Result.Type;
        if (!MemRefLayouts.TryGetStridesAndOffset(type, out _, out _))
            return false;
        var shape = new long[type.Rank];
        var newSizes = new List<Value>();
        var sizes = op.Sizes;
        int dynamicPos = 0;
        for (int dim = 0; dim < shape.Length; dim++)
        {
            long size = type.Shape[dim];
            if (size != ShapedType.Dynamic)
            {
                shape[dim] = size;
                continue;
            }
            if (dynamicPos >= sizes.Length)
                return false;
            var operand = sizes[dynamicPos++].Value;
            // Only arith's index constants, as upstream (arith::ConstantIndexOp).
            if (operand.DefiningOp is Arith.ConstantOp { Value: IntegerAttr { Type: IndexType } constant })
                shape[dim] = (long)constant.SignedValue;
            else
            {
                shape[dim] = size;
                newSizes.Add(operand);
            }
        }
        var newType = MemRefType.Get(shape, type.ElementType, type.Layout, type.MemorySpace);
        if (ReferenceEquals(newType, type))
            return false;
        var view = Create(rewriter, op.Location, newType, op.Source, op.ByteShift, newSizes.ToArray());
        rewriter.ReplaceOp(op, CastOp.Create(rewriter, op.Location, type, view.Result));
        return true;
    }

    // view(cast(alloc)) -> view(alloc)
    private static bool FoldCastOfAlloc(ViewOp op, Core.Rewrite.PatternRewriter rewriter)
    {
        if (op.Source.DefiningOp is not CastOp { Source.DefiningOp: AllocOp } cast)
            return false;
        var sizes = op.Sizes;
        var values = new Value[sizes.Length];
        for (int i = 0; i < values.Length; i++)
            values[i] = sizes[i].Value;
        rewriter.ReplaceOp(op, Create(rewriter, op.Location, op.Result.Type, cast.Source, op.ByteShift, values));
        return true;
    }
}
