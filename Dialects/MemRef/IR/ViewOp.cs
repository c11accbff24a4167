using Dialectic.Core.IR;
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
}
