using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Dialects.Llvm;
using Dialectic.Passes.Conversion.LlvmCommon;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Passes.Conversion.FuncToLlvm;

/// <summary>
/// MLIR's <c>copyUnrankedDescriptors</c>: an unranked memref crossing a function boundary points to a ranked
/// descriptor on the stack of the function that made it, so a returned one is copied to the heap (<c>malloc</c>) and a
/// received one back to the caller's stack (<c>alloca</c>, then the callee's copy is freed).
/// </summary>
internal static class UnrankedDescriptorCopies
{
    /// <summary>
    /// Replaces each value of <paramref name="values"/> whose original type is unranked by a descriptor pointing to a
    /// copy of its ranked descriptor: on the heap when <paramref name="toDynamic"/>, else on the stack. The copy's size
    /// is <c>2 * sizeof(ptr) + (1 + 2 * rank) * sizeof(index)</c>, all sizes computed first. False when the module
    /// has a conflicting <c>malloc</c>/<c>free</c>.
    /// </summary>
    public static bool Copy(OpBuilder builder, Operation op, LocationAttr location, LlvmTypeConverter converter,
        IReadOnlyList<Type> originalTypes, Value[] values, bool toDynamic)
    {
        int count = 0;
        foreach (var type in originalTypes)
            if (type is UnrankedMemRefType)
                count++;
        if (count == 0)
            return true;
        var index = converter.IndexType;
        var ptr = converter.GetPointerType();

        // The sizes, as UnrankedMemRefDescriptor::computeSizes.
        var one = LlvmCommonBuilders.IndexConstant(builder, location, index, 1);
        var two = LlvmCommonBuilders.IndexConstant(builder, location, index, 2);
        var indexSize = LlvmCommonBuilders.IndexConstant(builder, location, index, (converter.IndexBitwidth + 7) / 8);
        var sizes = new List<Value>(count);
        for (int i = 0; i < values.Length; i++)
        {
            if (originalTypes[i] is not UnrankedMemRefType)
                continue;
            var pointerSize = LlvmCommonBuilders.IndexConstant(builder, location, index, 8);
            var doublePointerSize = MulOp.Create(builder, location, two, pointerSize).Res;
            var rank = new UnrankedMemRefDescriptor(values[i]).Rank(builder, location);
            var doubleRank = MulOp.Create(builder, location, two, rank).Res;
            var incremented = AddOp.Create(builder, location, doubleRank, one).Res;
            var rankIndexSize = MulOp.Create(builder, location, incremented, indexSize).Res;
            sizes.Add(AddOp.Create(builder, location, doublePointerSize, rankIndexSize).Res);
        }

        string function = toDynamic ? "malloc" : "free";
        var declared = toDynamic
            ? LlvmFunctionDeclarations.LookupOrCreate(builder, op, function, [index], ptr)
            : LlvmFunctionDeclarations.LookupOrCreate(builder, op, function, [ptr], LlvmPrimitiveType.GetVoid(builder.Context));
        if (declared == null)
            return false;
        int next = 0;
        for (int i = 0; i < values.Length; i++)
        {
            if (originalTypes[i] is not UnrankedMemRefType)
                continue;
            var size = sizes[next++];
            var descriptor = new UnrankedMemRefDescriptor(values[i]);
            var memory = toDynamic
                ? LlvmCommonBuilders.Call(builder, location, "malloc", ptr, [size]).GetResult(0)
                : LlvmCommonBuilders.Alloca(builder, location, ptr, builder.Context.I(8), size);
            var source = descriptor.MemRefDescPtr(builder, location);
            MemcpyOp.Create(builder, location, memory, source, size, IntegerAttr.Get(builder.Context.I(1), 0));
            if (!toDynamic)
                LlvmCommonBuilders.Call(builder, location, "free", null, [source]);
            var updated = UnrankedMemRefDescriptor.Poison(builder, location, values[i].Type);
            updated.SetRank(builder, location, descriptor.Rank(builder, location));
            updated.SetMemRefDescPtr(builder, location, memory);
            values[i] = updated.Value;
        }
        return true;
    }
}
