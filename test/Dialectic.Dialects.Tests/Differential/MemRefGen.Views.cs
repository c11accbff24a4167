using System.Collections.Generic;
using System.Text;

namespace Dialectic.Dialects.Tests.Differential;

/// <summary>The view-like memref operations, whose result types the generator computes as MLIR infers them
/// (strides and offsets of subviews and transposes, collapsed and expanded shapes).</summary>
internal sealed partial class MemRefGen
{
    private static bool IsStridedOrIdentity(GenType t) => t.Layout == null || t.Layout.IsStrided;

    private static string DimList(IReadOnlyList<string> parts) => "[" + string.Join(", ", parts) + "]";

    private static void EmitSubView(GenContext ctx)
    {
        var src = RankedOrNew(ctx, t => t.Rank > 0 && IsStridedOrIdentity(t), allowAffine: false);
        var (srcStrides, srcOffset) = src.Type.StridesAndOffset()!.Value;
        int rank = src.Type.Rank;
        var offsets = new List<string>();
        var sizes = new List<string>();
        var steps = new List<string>();
        var resultShape = new List<long>();
        var resultStrides = new List<long>();
        long resultOffset = srcOffset;
        for (int i = 0; i < rank; i++)
        {
            long dim = src.Type.Shape[i];
            long step = ctx.Chance(6) ? GenType.Dynamic : ctx.Next(1, 3);
            long size, offset;
            if (dim != GenType.Dynamic && step != GenType.Dynamic)
            {
                // offset + (size - 1) * step < dim
                size = ctx.Next(1, (int)((dim - 1) / step + 2));
                offset = ctx.Next(0, (int)(dim - (size - 1) * step));
            }
            else
            {
                // A static offset is still checked against a static dimension.
                size = ctx.Next(1, 5);
                offset = dim != GenType.Dynamic ? ctx.Next(0, (int)dim) : ctx.Next(0, 3);
            }
            // Static values are in bounds; a dynamic size or offset is not checked.
            bool dynamicSize = ctx.Chance(6), dynamicOffset = ctx.Chance(5);
            offsets.Add(dynamicOffset ? ctx.Use(GenType.IndexType) : GenContext.Num(offset));
            sizes.Add(dynamicSize ? ctx.Use(GenType.IndexType) : GenContext.Num(size));
            steps.Add(step == GenType.Dynamic ? ctx.Use(GenType.IndexType) : GenContext.Num(step));
            resultShape.Add(dynamicSize ? GenType.Dynamic : size);
            resultStrides.Add(Mul(srcStrides[i], step));
            resultOffset = Add(resultOffset, Mul(dynamicOffset ? GenType.Dynamic : offset, srcStrides[i]));
        }
        // Rank reduction: drop some static unit dimensions.
        if (ctx.Chance(4))
        {
            for (int i = resultShape.Count - 1; i >= 0 && resultShape.Count > 1; i--)
            {
                if (resultShape[i] == 1 && ctx.Chance(2))
                {
                    resultShape.RemoveAt(i);
                    resultStrides.RemoveAt(i);
                }
            }
        }
        var result = GenType.MemRef(resultShape.ToArray(), src.Type.Element!,
            MemLayout.Strided(resultStrides.ToArray(), resultOffset), src.Type.MemorySpace);
        string r = ctx.Fresh("sv");
        ctx.Line($"{r} = memref.subview {src.Name}{DimList(offsets)}{DimList(sizes)}{DimList(steps)} : {src.Type} to {result}");
        ctx.Bind(r, result);
    }

    // Products and sums as MLIR's SaturatedInteger: 0 times anything is 0; otherwise dynamic is contagious.
    private static long Mul(long a, long b)
    {
        if (a == 0 || b == 0)
            return 0;
        return a == GenType.Dynamic || b == GenType.Dynamic ? GenType.Dynamic : a * b;
    }

    private static long Add(long a, long b) =>
        a == GenType.Dynamic || b == GenType.Dynamic ? GenType.Dynamic : a + b;

    private static void EmitCast(GenContext ctx)
    {
        if (ctx.Chance(4))
        {
            // ranked -> unranked, or unranked -> ranked
            var m = RankedOrNew(ctx, t => t.Layout == null);
            var u = GenType.UnrankedMemRef(m.Type.Element!, m.Type.MemorySpace);
            string r0 = ctx.Fresh("cast");
            if (ctx.Chance(2))
            {
                ctx.Line($"{r0} = memref.cast {m.Name} : {m.Type} to {u}");
                ctx.Bind(r0, u);
            }
            else
            {
                string s = ctx.Use(u);
                ctx.Line($"{r0} = memref.cast {s} : {u} to {m.Type}");
                ctx.Bind(r0, m.Type);
            }
            return;
        }
        var src = RankedOrNew(ctx, IsStridedOrIdentity, allowAffine: false);
        var shape = (long[])src.Type.Shape.Clone();
        for (int i = 0; i < shape.Length; i++)
        {
            if (shape[i] != GenType.Dynamic && ctx.Chance(2))
                shape[i] = GenType.Dynamic;
        }
        MemLayout? layout = src.Type.Layout;
        if (ctx.Chance(3))
        {
            // Erase static strides/offset to dynamic: a compatible layout.
            var (strides, offset) = src.Type.StridesAndOffset()!.Value;
            var erased = (long[])strides.Clone();
            for (int i = 0; i < erased.Length; i++)
            {
                if (ctx.Chance(2))
                    erased[i] = GenType.Dynamic;
            }
            layout = MemLayout.Strided(erased, ctx.Chance(2) ? GenType.Dynamic : offset);
        }
        var result = GenType.MemRef(shape, src.Type.Element!, layout, src.Type.MemorySpace);
        string r = ctx.Fresh("cast");
        ctx.Line($"{r} = memref.cast {src.Name} : {src.Type} to {result}");
        ctx.Bind(r, result);
    }

    private static void EmitReinterpretCast(GenContext ctx)
    {
        GenValue src = ctx.Chance(3)
            ? new GenValue(ctx.Use(GenType.UnrankedMemRef(GenType.F32)), GenType.UnrankedMemRef(GenType.F32))
            : RankedOrNew(ctx, _ => true);
        int rank = ctx.Next(1, 4);
        var sizes = new List<string>();
        var strides = new List<string>();
        var shape = new long[rank];
        var strideValues = new long[rank];
        for (int i = 0; i < rank; i++)
        {
            bool dynSize = ctx.Chance(4), dynStride = ctx.Chance(5);
            shape[i] = dynSize ? GenType.Dynamic : ctx.Next(1, 9);
            strideValues[i] = dynStride ? GenType.Dynamic : ctx.Next(1, 13);
            sizes.Add(dynSize ? ctx.Use(GenType.IndexType) : GenContext.Num(shape[i]));
            strides.Add(dynStride ? ctx.Use(GenType.IndexType) : GenContext.Num(strideValues[i]));
        }
        bool dynOffset = ctx.Chance(3);
        long offset = dynOffset ? GenType.Dynamic : ctx.Next(0, 5);
        string offsetText = dynOffset ? ctx.Use(GenType.IndexType) : GenContext.Num(offset);
        var result = GenType.MemRef(shape, src.Type.Element!, MemLayout.Strided(strideValues, offset), src.Type.MemorySpace);
        string r = ctx.Fresh("rc");
        ctx.Line($"{r} = memref.reinterpret_cast {src.Name} to offset: [{offsetText}], sizes: {DimList(sizes)}, "
            + $"strides: {DimList(strides)} : {src.Type} to {result}");
        ctx.Bind(r, result);
    }

    private static void EmitCollapseOrExpand(GenContext ctx)
    {
        if (ctx.Chance(2))
            EmitCollapse(ctx);
        else
            EmitExpand(ctx);
    }

    private static void EmitCollapse(GenContext ctx)
    {
        var src = RankedOrNew(ctx, t => t.Rank >= 2 && t.Layout == null);
        if (src.Type.Rank < 2 || src.Type.Layout != null)
            return;
        int rank = src.Type.Rank;
        // Contiguous groups: a cut after dimension i with probability 1/2 (at least one group).
        var groups = new List<List<int>> { new() { 0 } };
        for (int i = 1; i < rank; i++)
        {
            if (ctx.Chance(2))
                groups.Add([]);
            groups[^1].Add(i);
        }
        var shape = new List<long>();
        foreach (var g in groups)
        {
            long n = 1;
            foreach (int d in g)
                n = src.Type.Shape[d] == GenType.Dynamic || n == GenType.Dynamic ? GenType.Dynamic : n * src.Type.Shape[d];
            shape.Add(n);
        }
        var result = GenType.MemRef(shape.ToArray(), src.Type.Element!, null, src.Type.MemorySpace);
        string r = ctx.Fresh("col");
        ctx.Line($"{r} = memref.collapse_shape {src.Name} {Reassociation(groups)} : {src.Type} into {result}");
        ctx.Bind(r, result);
    }

    private static void EmitExpand(GenContext ctx)
    {
        var src = RankedOrNew(ctx, t => t.Rank >= 1 && t.Layout == null);
        if (src.Type.Rank < 1 || src.Type.Layout != null)
            return;
        var groups = new List<List<int>>();
        var shape = new List<long>();
        var outputShape = new List<string>();
        foreach (long d in src.Type.Shape)
        {
            var group = new List<int>();
            var parts = new List<long>();
            if (d == GenType.Dynamic)
            {
                int n = ctx.Next(1, 4), dynamicAt = ctx.Next(n);
                for (int k = 0; k < n; k++)
                    parts.Add(k == dynamicAt ? GenType.Dynamic : ctx.Next(1, 4));
            }
            else
            {
                long rest = d;
                for (long f = 2; f <= rest && parts.Count < 2; f++)
                {
                    if (rest % f == 0 && ctx.Chance(2))
                    {
                        parts.Add(f);
                        rest /= f;
                    }
                }
                parts.Add(rest);
                if (ctx.Chance(4))
                    parts.Insert(ctx.Next(parts.Count + 1), 1);
            }
            foreach (long p in parts)
            {
                group.Add(shape.Count);
                shape.Add(p);
                outputShape.Add(p == GenType.Dynamic ? ctx.Use(GenType.IndexType) : GenContext.Num(p));
            }
            groups.Add(group);
        }
        var result = GenType.MemRef(shape.ToArray(), src.Type.Element!, null, src.Type.MemorySpace);
        string r = ctx.Fresh("exp");
        ctx.Line($"{r} = memref.expand_shape {src.Name} {Reassociation(groups)} output_shape {DimList(outputShape)} : "
            + $"{src.Type} into {result}");
        ctx.Bind(r, result);
    }

    private static string Reassociation(List<List<int>> groups)
    {
        var sb = new StringBuilder("[");
        for (int i = 0; i < groups.Count; i++)
        {
            sb.Append(i > 0 ? ", " : "").Append('[');
            for (int j = 0; j < groups[i].Count; j++)
                sb.Append(j > 0 ? ", " : "").Append(groups[i][j]);
            sb.Append(']');
        }
        return sb.Append(']').ToString();
    }

    private static void EmitTranspose(GenContext ctx)
    {
        var src = RankedOrNew(ctx, t => t.Rank >= 1 && IsStridedOrIdentity(t), allowAffine: false);
        int rank = src.Type.Rank;
        var perm = new int[rank];
        for (int i = 0; i < rank; i++)
            perm[i] = i;
        for (int i = rank - 1; i > 0; i--)
        {
            int j = ctx.Next(i + 1);
            (perm[i], perm[j]) = (perm[j], perm[i]);
        }
        // The result is the canonical strided form of the permuted layout (even for the identity permutation).
        var (strides, offset) = src.Type.StridesAndOffset()!.Value;
        var shape = new long[rank];
        var newStrides = new long[rank];
        for (int i = 0; i < rank; i++)
        {
            shape[i] = src.Type.Shape[perm[i]];
            newStrides[i] = strides[perm[i]];
        }
        var result = GenType.MemRef(shape, src.Type.Element!, MemLayout.Strided(newStrides, offset), src.Type.MemorySpace);
        var dims = new StringBuilder();
        var permuted = new StringBuilder();
        string[] letters = ["i", "j", "k", "l", "m", "n", "p", "q", "r", "s"];
        bool useLetters = ctx.Chance(2) && rank <= letters.Length;
        var names = new string[rank];
        for (int i = 0; i < rank; i++)
            names[i] = useLetters ? letters[i] : "d" + i;
        for (int i = 0; i < rank; i++)
        {
            dims.Append(i > 0 ? ", " : "").Append(names[i]);
            permuted.Append(i > 0 ? ", " : "").Append(names[perm[i]]);
        }
        string r = ctx.Fresh("tr");
        ctx.Line($"{r} = memref.transpose {src.Name} ({dims}) -> ({permuted}) : {src.Type} to {result}");
        ctx.Bind(r, result);
    }

    private static void EmitMetadata(GenContext ctx)
    {
        var src = RankedOrNew(ctx, IsStridedOrIdentity, allowAffine: false);
        if (ctx.Chance(3))
        {
            string p = ctx.Fresh("ptr");
            ctx.Line($"{p} = memref.extract_aligned_pointer_as_index {src.Name} : {src.Type} -> index");
            ctx.Bind(p, GenType.IndexType);
            return;
        }
        int rank = src.Type.Rank;
        var baseType = GenType.MemRef([], src.Type.Element!, null, src.Type.MemorySpace);
        var types = new List<GenType> { baseType, GenType.IndexType };
        for (int i = 0; i < 2 * rank; i++)
            types.Add(GenType.IndexType);
        string b = ctx.Fresh("base"), o = ctx.Fresh("off");
        string lhs = b + ", " + o;
        ctx.Bind(b, baseType, inResultGroup: true);
        ctx.Bind(o, GenType.IndexType, inResultGroup: true);
        if (rank > 0)
        {
            string sizes = ctx.Fresh("sizes"), strides = ctx.Fresh("strides");
            lhs += $", {sizes}:{rank}, {strides}:{rank}";
            for (int i = 0; i < rank; i++)
            {
                ctx.Bind(sizes + "#" + i, GenType.IndexType, inResultGroup: true);
                ctx.Bind(strides + "#" + i, GenType.IndexType, inResultGroup: true);
            }
        }
        ctx.Line($"{lhs} = memref.extract_strided_metadata {src.Name} : {src.Type} -> {TypeChooser.Join(types)}");
    }

    private static void EmitViewOrReshape(GenContext ctx)
    {
        GenType e = ctx.Types.FloatScalar();
        if (ctx.Chance(2))
        {
            var bytes = GenType.MemRef([ctx.Chance(3) ? GenType.Dynamic : ctx.Next(16, 257)], GenType.Int(8));
            string src = ctx.Use(bytes);
            string shift = ctx.Use(GenType.IndexType);
            long[] shape = ctx.Types.RandomShape(allowDynamic: true, maxRank: 3);
            var dyn = new List<string>();
            foreach (long d in shape)
            {
                if (d == GenType.Dynamic)
                    dyn.Add(ctx.Use(GenType.IndexType));
            }
            var result = GenType.MemRef(shape, e);
            string r = ctx.Fresh("view");
            ctx.Line($"{r} = memref.view {src}[{shift}]{DimList(dyn)} : {bytes} to {result}");
            ctx.Bind(r, result);
            return;
        }
        var source = GenType.MemRef(ctx.Types.RandomShape(allowDynamic: true, maxRank: 3), e);
        string s = ctx.Use(source);
        int n = ctx.Next(1, 4);
        var shapeType = GenType.MemRef([n], ctx.Chance(2) ? GenType.IndexType : GenType.I32);
        string shapeOperand = ctx.Use(shapeType);
        var dims = new long[n];
        for (int i = 0; i < n; i++)
            dims[i] = GenType.Dynamic;
        var reshaped = GenType.MemRef(dims, e);
        string r2 = ctx.Fresh("reshape");
        ctx.Line($"{r2} = memref.reshape {s}({shapeOperand}) : ({source}, {shapeType}) -> {reshaped}");
        ctx.Bind(r2, reshaped);
    }

    private static void EmitMemorySpaceCast(GenContext ctx)
    {
        var src = RankedOrNew(ctx, _ => true);
        string? space = src.Type.MemorySpace == null ? ctx.Pick(new[] { "1", "3", "\"shared\"" }) : null;
        var result = GenType.MemRef(src.Type.Shape, src.Type.Element!, src.Type.Layout, space);
        string r = ctx.Fresh("msc");
        ctx.Line($"{r} = memref.memory_space_cast {src.Name} : {src.Type} to {result}");
        ctx.Bind(r, result);
    }
}
