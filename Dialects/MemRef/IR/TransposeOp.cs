using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Affine;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.MemRef;

/// <summary>
/// <c>%transpose = memref.transpose %m (d0, d1) -&gt; (d1, d0) : memref&lt;?x?xf32&gt; to memref&lt;?x?xf32,
/// strided&lt;[1, ?]&gt;&gt;</c>: the same buffer with permuted sizes and strides (metadata only).
/// </summary>
[Op("memref", "transpose", Summary = "`transpose` produces a new strided memref (metadata-only)",
    Description = "Produces a view of a strided memref whose sizes and strides are permuted by an affine permutation "
        + "map; no data moves.")]
[Traits(OpTraits.Pure)]
public sealed partial class TransposeOp : Operation
{
    [Operand(ConstraintMethod = nameof(IsStridedMemRef), ConstraintSummary = "strided memref of any type values")]
    public partial Value In { get; }

    [Property]
    public partial AffineMapAttr Permutation { get; }

    [Result(ConstraintMethod = nameof(IsStridedMemRef), ConstraintSummary = "strided memref of any type values")]
    public partial Value Result { get; }

    private static bool IsStridedMemRef(Type t) => MemRefConstraints.IsStridedMemRef(t);

    private void GetAsmResultNames(AsmSetValueName setName) => setName(Result, "transpose");

    // $in $permutation attr-dict `:` type($in) `to` type(results)
    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        var input = parser.ParseOperand();
        var permutation = parser.ParseAffineMap();
        parser.ParseOptionalAttrDict();
        var inType = parser.ParseColonType();
        state.Operands.Add(parser.ResolveOperand(input, inType));
        parser.ParseKeyword("to");
        state.ResultTypes.Add(parser.ParseType());
        GeneratedSyntax.SetProperties(state,
            new List<NamedAttribute> { new("permutation", AffineMapAttr.Get(permutation)) }, Info.InherentAttributes);
        return true;
    }

    private void Print(OpAsmPrinter printer)
    {
        printer.Write(' ');
        printer.PrintOperand(In);
        printer.Write(' ');
        printer.Write(Permutation.Value.ToString());
        GeneratedSyntax.PrintOptionalAttrDict(printer, this, ["permutation"], null);
        printer.Write(" : ");
        printer.PrintType(In.Type);
        printer.Write(" to ");
        printer.PrintType(Result.Type);
    }

    /// <summary>MLIR's <c>inferTransposeResultType</c>: sizes and strides permuted, in a strided layout.</summary>
    public static MemRefType InferResultType(MemRefType type, AffineMap permutation)
    {
        var (strides, offset) = MemRefLayouts.StridesAndOffset(type);
        int rank = permutation.NumResults;
        var sizes = new long[rank];
        var newStrides = new long[rank];
        for (int i = 0; i < rank; i++)
        {
            int from = ((AffineDimExpr)permutation.GetResult(i)).Position;
            sizes[i] = type.Shape[from];
            newStrides[i] = strides[from];
        }
        return MemRefType.Get(sizes, type.ElementType, StridedLayoutAttr.Get(type.Context, offset, newStrides), type.MemorySpace);
    }

    private bool Verify()
    {
        var permutation = Permutation.Value;
        if (!permutation.IsPermutation)
            return EmitOpError("expected a permutation map");
        var srcType = (MemRefType)In.Type;
        if (permutation.NumDims != srcType.Rank)
            return EmitOpError("expected a permutation map of same rank as the input");
        var canonical = MemRefLayouts.CanonicalizeStridedLayout(InferResultType(srcType, permutation));
        var resultType = (MemRefType)Result.Type;
        if (!ReferenceEquals(MemRefLayouts.CanonicalizeStridedLayout(resultType), canonical))
            return EmitOpError($"result type '{resultType}' is not equivalent to the canonical transposed input type '{canonical}'");
        return true;
    }

    private bool Fold(System.ReadOnlySpan<Attribute?> operands, List<OpFoldResult> results)
    {
        // transpose(x, identity) : T -> T  ->  x
        if (Permutation.Value.IsIdentity && ReferenceEquals(Result.Type, In.Type))
        {
            results.Add(In);
            return true;
        }
        // transpose(transpose(x, p1), p2) -> transpose(x, p2 ∘ p1)
        if (In.DefiningOp is TransposeOp other && other.Permutation.Value.NumResults == Permutation.Value.NumDims)
        {
            var composed = Permutation.Value.Compose(other.Permutation.Value);
            SetOperand(0, other.In);
            Properties = ((Dialectic.Core.IR.Attributes.DictionaryAttr)Properties!).With("permutation", AffineMapAttr.Get(composed));
            return true;
        }
        return false;
    }
}
