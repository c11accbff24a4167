using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Affine;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Dialects.MemRef;
using Xunit;

namespace Dialectic.Dialects.Tests.MemRef;

/// <summary>
/// The memref folders called directly (<see cref="Operation.Fold"/>): what each returns (a constant, a value, or an
/// in-place update with no result) and what it leaves alone. fold.mlir checks the same folds end to end against
/// mlir-opt-22.
/// </summary>
public sealed class MemRefFoldTests
{
    private static List<OpFoldResult> Fold(Operation op, out bool folded)
    {
        var results = new List<OpFoldResult>();
        folded = op.Fold(results);
        return results;
    }

    [Fact]
    public void DimOfStaticSizeIsAConstantIndex()
    {
        var block = MemRefTestIR.Parse("""
            func.func @f(%m: memref<4x?xf32>) -> index {
              %c0 = arith.constant 0 : index
              %0 = memref.dim %m, %c0 : memref<4x?xf32>
              return %0 : index
            }
            """);
        var dim = MemRefTestIR.First<DimOp>(block);
        var results = Fold(dim, out bool folded);
        Assert.True(folded);
        var attr = Assert.IsType<IntegerAttr>(Assert.Single(results).Attribute);
        Assert.IsType<IndexType>(attr.Type);
        Assert.Equal(4, (long)attr.SignedValue);
    }

    [Fact]
    public void DimOfDynamicSizeForwardsTheAllocationOperand()
    {
        var block = MemRefTestIR.Parse("""
            func.func @f(%a: index, %b: index) -> index {
              %c2 = arith.constant 2 : index
              %m = memref.alloc(%a, %b) : memref<?x4x?xf32>
              %0 = memref.dim %m, %c2 : memref<?x4x?xf32>
              return %0 : index
            }
            """);
        var dim = MemRefTestIR.First<DimOp>(block);
        var alloc = MemRefTestIR.First<AllocOp>(block);
        var results = Fold(dim, out bool folded);
        Assert.True(folded);
        Assert.Same(alloc.DynamicSizes[1].Value, Assert.Single(results).Value);
    }

    [Fact]
    public void DimOfRankReducedSubviewForwardsTheSizeOperand()
    {
        var block = MemRefTestIR.Parse("""
            func.func @f(%m: memref<8x8x8xf32>, %n: index) -> index {
              %c0 = arith.constant 0 : index
              %s = memref.subview %m[0, 0, 0] [1, %n, 4] [1, 1, 1] : memref<8x8x8xf32> to memref<?x4xf32, strided<[8, 1]>>
              %0 = memref.dim %s, %c0 : memref<?x4xf32, strided<[8, 1]>>
              return %0 : index
            }
            """);
        var results = Fold(MemRefTestIR.First<DimOp>(block), out bool folded);
        Assert.True(folded);
        var sub = MemRefTestIR.First<SubViewOp>(block);
        Assert.Same(sub.Sizes[0].Value, Assert.Single(results).Value);
    }

    [Fact]
    public void DimWithUnknownOrOutOfRangeIndexDoesNotFold()
    {
        var block = MemRefTestIR.Parse("""
            func.func @f(%m: memref<4xf32>, %u: memref<*xf32>, %i: index) -> (index, index, index) {
              %c7 = arith.constant 7 : index
              %c0 = arith.constant 0 : index
              %0 = memref.dim %m, %i : memref<4xf32>
              %1 = memref.dim %m, %c7 : memref<4xf32>
              %2 = memref.dim %u, %c0 : memref<*xf32>
              return %0, %1, %2 : index, index, index
            }
            """);
        foreach (var dim in MemRefTestIR.All<DimOp>(block))
        {
            Fold(dim, out bool folded);
            Assert.False(folded);
        }
    }

    [Fact]
    public void DimReadsThroughARankedCastInPlace()
    {
        var block = MemRefTestIR.Parse("""
            func.func @f(%m: memref<?xf32>) -> index {
              %c0 = arith.constant 0 : index
              %c = memref.cast %m : memref<?xf32> to memref<?xf32, strided<[?], offset: ?>>
              %0 = memref.dim %c, %c0 : memref<?xf32, strided<[?], offset: ?>>
              return %0 : index
            }
            """);
        var dim = MemRefTestIR.First<DimOp>(block);
        var results = Fold(dim, out bool folded);
        Assert.True(folded);
        Assert.Empty(results);
        Assert.IsType<BlockArgument>(dim.Source);
    }

    [Fact]
    public void RankOfRankedMemRefIsAConstant()
    {
        var block = MemRefTestIR.Parse("""
            func.func @f(%m: memref<4x?x2xf32>, %u: memref<*xf32>) -> (index, index) {
              %0 = memref.rank %m : memref<4x?x2xf32>
              %1 = memref.rank %u : memref<*xf32>
              return %0, %1 : index, index
            }
            """);
        var ranks = MemRefTestIR.All<RankOp>(block);
        var results = Fold(ranks[0], out bool folded);
        Assert.True(folded);
        Assert.Equal(3, (long)Assert.IsType<IntegerAttr>(Assert.Single(results).Attribute).SignedValue);
        Fold(ranks[1], out folded);
        Assert.False(folded);
    }

    [Fact]
    public void AccessesReadThroughCastsButNotUnrankedOnes()
    {
        var block = MemRefTestIR.Parse("""
            func.func @f(%m: memref<4xf32>, %u: memref<*xf32>, %v: f32, %i: index) {
              %c = memref.cast %m : memref<4xf32> to memref<?xf32>
              %x = memref.load %c[%i] : memref<?xf32>
              memref.store %v, %c[%i] : memref<?xf32>
              %r = memref.cast %u : memref<*xf32> to memref<?xf32>
              %y = memref.load %r[%i] : memref<?xf32>
              return
            }
            """);
        var loads = MemRefTestIR.All<LoadOp>(block);
        Assert.Empty(Fold(loads[0], out bool folded));
        Assert.True(folded);
        Assert.IsType<BlockArgument>(loads[0].Memref);
        var store = MemRefTestIR.First<StoreOp>(block);
        Fold(store, out folded);
        Assert.True(folded);
        Assert.IsType<BlockArgument>(store.Memref);
        Fold(loads[1], out folded);
        Assert.False(folded);
    }

    [Fact]
    public void CopyReadsOnlyThroughCastsThatLoseInformation()
    {
        var block = MemRefTestIR.Parse("""
            func.func @f(%a: memref<4xf32>, %d: memref<?xf32>, %b: memref<4xf32>) {
              %c = memref.cast %a : memref<4xf32> to memref<?xf32>
              memref.copy %c, %b : memref<?xf32> to memref<4xf32>
              %s = memref.cast %d : memref<?xf32> to memref<4xf32>
              memref.copy %s, %b : memref<4xf32> to memref<4xf32>
              return
            }
            """);
        var copies = MemRefTestIR.All<CopyOp>(block);
        Fold(copies[0], out bool folded);
        Assert.True(folded);
        Fold(copies[1], out folded);
        Assert.False(folded);
    }

    [Fact]
    public void IdentityViewsFoldToTheirSource()
    {
        var block = MemRefTestIR.Parse("""
            func.func @f(%m: memref<4x4xf32>) -> (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>) {
              %0 = memref.subview %m[0, 0] [4, 4] [1, 1] : memref<4x4xf32> to memref<4x4xf32>
              %1 = memref.reinterpret_cast %m to offset: [0], sizes: [4, 4], strides: [4, 1] : memref<4x4xf32> to memref<4x4xf32>
              %e = memref.expand_shape %m [[0], [1, 2]] output_shape [4, 2, 2] : memref<4x4xf32> into memref<4x2x2xf32>
              %2 = memref.collapse_shape %e [[0], [1, 2]] : memref<4x2x2xf32> into memref<4x4xf32>
              return %0, %1, %2 : memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>
            }
            """);
        var source = block.FirstOp!.Regions[0].FirstBlock!.GetArgument(0);
        foreach (var op in new Operation[]
                 {
                     MemRefTestIR.First<SubViewOp>(block), MemRefTestIR.First<ReinterpretCastOp>(block),
                     MemRefTestIR.First<CollapseShapeOp>(block),
                 })
        {
            var results = Fold(op, out bool folded);
            Assert.True(folded);
            Assert.Same(source, Assert.Single(results).Value);
        }
    }

    [Fact]
    public void TransposeOfTransposeComposesThePermutations()
    {
        var block = MemRefTestIR.Parse("""
            func.func @f(%m: memref<2x3x4xf32>) -> memref<3x2x4xf32, strided<[4, 12, 1]>> {
              %t = memref.transpose %m (d0, d1, d2) -> (d2, d0, d1) : memref<2x3x4xf32> to memref<4x2x3xf32, strided<[1, 12, 4]>>
              %u = memref.transpose %t (d0, d1, d2) -> (d2, d1, d0) : memref<4x2x3xf32, strided<[1, 12, 4]>> to memref<3x2x4xf32, strided<[4, 12, 1]>>
              return %u : memref<3x2x4xf32, strided<[4, 12, 1]>>
            }
            """);
        var outer = MemRefTestIR.All<TransposeOp>(block)[1];
        Assert.Empty(Fold(outer, out bool folded));
        Assert.True(folded);
        Assert.IsType<BlockArgument>(outer.In);
        // (d2, d1, d0) after (d2, d0, d1) is (d1, d0, d2).
        Assert.Equal("(d0, d1, d2) -> (d1, d0, d2)", outer.Permutation.Value.ToString());
    }

    [Fact]
    public void RepeatedAlignmentAssumptionFolds()
    {
        var block = MemRefTestIR.Parse("""
            func.func @f(%m: memref<4xf32>) -> (memref<4xf32>, memref<4xf32>) {
              %a = memref.assume_alignment %m, 16 : memref<4xf32>
              %b = memref.assume_alignment %a, 16 : memref<4xf32>
              %c = memref.assume_alignment %a, 32 : memref<4xf32>
              return %b, %c : memref<4xf32>, memref<4xf32>
            }
            """);
        var ops = MemRefTestIR.All<AssumeAlignmentOp>(block);
        Assert.Same(ops[0].Result, Assert.Single(Fold(ops[1], out bool folded)).Value);
        Assert.True(folded);
        Fold(ops[2], out folded);
        Assert.False(folded);
    }

    [Fact]
    public void ExtractStridedMetadataMaterializesStaticValuesAsConstants()
    {
        var block = MemRefTestIR.Parse("""
            func.func @f(%m: memref<5x?xf32, strided<[?, 1], offset: 2>>) -> (index, index, index, index, index) {
              %base, %offset, %sizes:2, %strides:2 = memref.extract_strided_metadata %m : memref<5x?xf32, strided<[?, 1], offset: 2>> -> memref<f32>, index, index, index, index, index
              return %offset, %sizes#0, %sizes#1, %strides#0, %strides#1 : index, index, index, index, index
            }
            """);
        var op = MemRefTestIR.First<ExtractStridedMetadataOp>(block);
        Assert.Empty(Fold(op, out bool folded));
        Assert.True(folded);
        var ret = op.Block!.LastOp!;
        long?[] expected = [2, 5, null, null, 1];
        for (int i = 0; i < expected.Length; i++)
        {
            var constant = Operation.GetConstantValue(ret.GetOperand(i)) as IntegerAttr;
            Assert.Equal(expected[i], constant == null ? null : (long)constant.SignedValue);
        }
    }

    [Fact]
    public void StridesAndOffsetsOfLayouts()
    {
        var block = MemRefTestIR.Parse("""
            func.func @f(%a: memref<4x?x5xf32>, %b: memref<3x4xf32, affine_map<(d0, d1)[s0] -> (d0 * 8 + s0 + d1 * 2)>>,
                         %c: memref<4x0x3xf32>, %d: memref<4xf32, affine_map<(d0) -> (d0 mod 2)>>) {
              return
            }
            """);
        var args = block.FirstOp!.Regions[0].FirstBlock!.Arguments;
        Assert.True(MemRefLayouts.TryGetStridesAndOffset((MemRefType)args[0].Type, out var strides, out long offset));
        Assert.Equal([ShapedType.Dynamic, 5, 1], strides);
        Assert.Equal(0, offset);
        Assert.True(MemRefLayouts.TryGetStridesAndOffset((MemRefType)args[1].Type, out strides, out offset));
        Assert.Equal([8, 2], strides);
        Assert.Equal(ShapedType.Dynamic, offset);
        // A zero size makes the strides outside it dynamic, as MLIR's canonical layout does.
        Assert.True(MemRefLayouts.TryGetStridesAndOffset((MemRefType)args[2].Type, out strides, out _));
        Assert.Equal([ShapedType.Dynamic, 3, 1], strides);
        Assert.False(MemRefLayouts.IsStrided((MemRefType)args[3].Type));
    }

    [Fact]
    public void CanonicalizedStridedLayoutsPrintAsMlirDoes()
    {
        var context = Dialectic.Tools.Opt.OptMain.CreateContext(false);
        var f32 = FloatType.Get(context, FloatKind.F32);
        var layout = StridedLayoutAttr.Get(context, ShapedType.Dynamic, [ShapedType.Dynamic, ShapedType.Dynamic]);
        var type = MemRefType.Get([5, 4], f32, layout);
        Assert.Equal("memref<5x4xf32, affine_map<(d0, d1)[s0, s1, s2] -> (d0 * s1 + s0 + d1 * s2)>>",
            MemRefLayouts.CanonicalizeStridedLayout(type).ToString());
        var contiguous = MemRefType.Get([5, 4], f32, StridedLayoutAttr.Get(context, 0, [4, 1]));
        Assert.Equal("memref<5x4xf32>", MemRefLayouts.CanonicalizeStridedLayout(contiguous).ToString());
        var map = AffineMapAttr.Get(AffineMap.Get(context, 2, 0, AffineExpr.Dim(context, 1) * 5 + AffineExpr.Dim(context, 0)));
        Assert.Equal("memref<5x4xf32, affine_map<(d0, d1) -> (d0 + d1 * 5)>>",
            MemRefLayouts.CanonicalizeStridedLayout(MemRefType.Get([5, 4], f32, map)).ToString());
    }
}
