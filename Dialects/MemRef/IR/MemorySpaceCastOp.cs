using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;

namespace Dialectic.Dialects.MemRef;

/// <summary><c>%memspacecast = memref.memory_space_cast %m : memref&lt;?xf32, 5&gt; to memref&lt;?xf32&gt;</c>: the
/// same memory seen from another memory space.</summary>
[Op("memref", "memory_space_cast", Summary = "memref memory space cast operation",
    Description = "Views a memref from another memory space. Shape, element type and layout stay the same; the "
        + "underlying pointer may change on some targets.")]
[Traits(OpTraits.Pure, OpTraits.SameOperandsAndResultElementType, OpTraits.SameOperandsAndResultShape)]
[AssemblyFormat("$source attr-dict `:` type($source) `to` type($dest)")]
public sealed partial class MemorySpaceCastOp : Operation
{
    [Operand(ConstraintMethod = nameof(IsMemRef), ConstraintSummary = "ranked or unranked memref of any type values")]
    public partial Value Source { get; }

    [Result(ConstraintMethod = nameof(IsMemRef), ConstraintSummary = "ranked or unranked memref of any type values")]
    public partial Value Dest { get; }

    private static bool IsMemRef(Type t) => MemRefConstraints.IsMemRef(t);

    private void GetAsmResultNames(AsmSetValueName setName) => setName(Dest, "memspacecast");

    private bool Verify()
    {
        if (!AreCastCompatible(Source.Type, Dest.Type))
            return EmitOpError($"operand type '{Source.Type}' and result type '{Dest.Type}' are cast incompatible");
        return true;
    }

    /// <summary>MLIR's <c>MemorySpaceCastOp::areCastCompatible</c>: everything but the memory space agrees.</summary>
    public static bool AreCastCompatible(Type a, Type b)
    {
        if (a is MemRefType aT && b is MemRefType bT)
            return ReferenceEquals(aT.ElementType, bT.ElementType) && Equals(aT.Layout, bT.Layout)
                && System.MemoryExtensions.SequenceEqual(aT.Shape, bT.Shape);
        if (a is UnrankedMemRefType ua && b is UnrankedMemRefType ub)
            return ReferenceEquals(ua.ElementType, ub.ElementType);
        return false;
    }

    // memory_space_cast(memory_space_cast(x)) -> memory_space_cast(x)
    private bool Fold(System.ReadOnlySpan<Attribute?> operands, System.Collections.Generic.List<OpFoldResult> results)
    {
        if (Source.DefiningOp is MemorySpaceCastOp parent)
        {
            SetOperand(0, parent.Source);
            return true;
        }
        // memory_space_cast(x) : T -> T  ->  x   (CastOpInterface)
        if (!ReferenceEquals(Source.Type, Dest.Type))
            return false;
        results.Add(Source);
        return true;
    }
}
