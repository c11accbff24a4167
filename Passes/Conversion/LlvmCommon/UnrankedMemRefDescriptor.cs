using System;
using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Dialects.Llvm;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Passes.Conversion.LlvmCommon;

/// <summary>
/// An unranked memref descriptor value, <c>!llvm.struct&lt;(iN, ptr)&gt;</c> (MLIR's
/// <c>UnrankedMemRefDescriptor</c>): field 0 the rank, field 1 a pointer to a ranked descriptor of that rank.
/// Getters build <c>llvm.extractvalue</c>, setters <c>llvm.insertvalue</c> at the builder's insertion point.
/// </summary>
public sealed class UnrankedMemRefDescriptor
{
    private const int RankPos = 0;
    private const int DescriptorPtrPos = 1;

    /// <summary>The number of values an unranked descriptor unpacks into (rank, pointer).</summary>
    public const int NumUnpackedValues = 2;

    public UnrankedMemRefDescriptor(Value descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        if (descriptor.Type is not LlvmStructType { Body.Length: 2 } type)
            throw new ArgumentException($"'{descriptor.Type}' is not an unranked memref descriptor type", nameof(descriptor));
        Value = descriptor;
        StructType = type;
    }

    /// <summary>The current descriptor value (the latest insertvalue).</summary>
    public Value Value { get; private set; }

    public LlvmStructType StructType { get; }

    /// <summary><c>llvm.mlir.poison</c> of <paramref name="descriptorType"/>.</summary>
    public static UnrankedMemRefDescriptor Poison(OpBuilder builder, LocationAttr location, Type descriptorType) =>
        new(PoisonOp.Create(builder, location, descriptorType).Res);

    /// <summary>Packs (rank, pointer) into a descriptor of <paramref name="descriptorType"/>.</summary>
    public static UnrankedMemRefDescriptor Pack(OpBuilder builder, LocationAttr location, Type descriptorType, IReadOnlyList<Value> values)
    {
        if (values.Count != NumUnpackedValues)
            throw new ArgumentException($"{values.Count} values for an unranked descriptor", nameof(values));
        var descriptor = Poison(builder, location, descriptorType);
        descriptor.SetRank(builder, location, values[0]);
        descriptor.SetMemRefDescPtr(builder, location, values[1]);
        return descriptor;
    }

    /// <summary>Appends (rank, pointer).</summary>
    public void Unpack(OpBuilder builder, LocationAttr location, List<Value> results)
    {
        results.Add(Rank(builder, location));
        results.Add(MemRefDescPtr(builder, location));
    }

    public Value Rank(OpBuilder builder, LocationAttr location) => Extract(builder, location, RankPos);

    public void SetRank(OpBuilder builder, LocationAttr location, Value rank) => Insert(builder, location, rank, RankPos);

    /// <summary>The pointer to the ranked descriptor.</summary>
    public Value MemRefDescPtr(OpBuilder builder, LocationAttr location) => Extract(builder, location, DescriptorPtrPos);

    public void SetMemRefDescPtr(OpBuilder builder, LocationAttr location, Value ptr) => Insert(builder, location, ptr, DescriptorPtrPos);

    private Value Extract(OpBuilder builder, LocationAttr location, long position) =>
        ExtractValueOp.Create(builder, location, StructType.Body[(int)position], Value,
            DenseArrayAttr.Get(builder.Context.I(64), [position])).Res;

    private void Insert(OpBuilder builder, LocationAttr location, Value value, long position) =>
        Value = InsertValueOp.Create(builder, location, StructType, Value, value,
            DenseArrayAttr.Get(builder.Context.I(64), [position])).Res;
}
