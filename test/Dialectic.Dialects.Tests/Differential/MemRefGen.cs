using System.Collections.Generic;
using System.Text;

namespace Dialectic.Dialects.Tests.Differential;

/// <summary>
/// memref: allocation (alloc, alloca, realloc, alloca_scope), access (load, store, atomic_rmw,
/// generic_atomic_rmw, prefetch, copy, dma), globals, queries (dim, rank, extract_*), and the view operations
/// (subview, cast, reinterpret_cast, collapse/expand_shape, transpose, view, reshape, memory_space_cast) in
/// <c>MemRefGen.Views.cs</c>, over identity, strided and affine-map layouts and memory spaces.
/// </summary>
internal sealed partial class MemRefGen : DialectGen
{
    public static readonly string[] FloatRmwKinds =
        ["addf", "assign", "maximumf", "minimumf", "mulf", "maxnumf", "minnumf"];
    public static readonly string[] IntRmwKinds =
        ["addi", "assign", "maxs", "maxu", "mins", "minu", "muli", "ori", "andi", "xori"];

    public override GenDialects Dialect => GenDialects.MemRef;

    public override int Weight => 22;

    public override void Emit(GenContext ctx)
    {
        switch (ctx.Next(27))
        {
            case 0:
            case 1:
                Alloc(ctx, ctx.Types.MemRefType(), ctx.Chance(3) ? "alloca" : "alloc");
                break;
            case 2:
            case 3:
                EmitLoad(ctx);
                break;
            case 4:
            case 5:
                EmitStore(ctx);
                break;
            case 6:
            {
                var m = RankedOrNew(ctx, _ => true);
                ctx.Line($"memref.dealloc {m.Name} : {m.Type}");
                break;
            }
            case 7:
                EmitDim(ctx);
                break;
            case 8:
            {
                var m = AnyMemRef(ctx);
                string r = ctx.Fresh();
                ctx.Line($"{r} = memref.rank {m.Name} : {m.Type}");
                ctx.Bind(r, GenType.IndexType);
                break;
            }
            case 9:
                EmitGetGlobal(ctx);
                break;
            case 10:
                EmitAtomicRmw(ctx);
                break;
            case 11:
                EmitCopy(ctx);
                break;
            case 12:
            case 13:
                EmitSubView(ctx);
                break;
            case 14:
                EmitCast(ctx);
                break;
            case 15:
                EmitReinterpretCast(ctx);
                break;
            case 16:
                EmitCollapseOrExpand(ctx);
                break;
            case 17:
                EmitTranspose(ctx);
                break;
            case 18:
                EmitMetadata(ctx);
                break;
            case 19:
                EmitViewOrReshape(ctx);
                break;
            case 20:
                EmitMemorySpaceCast(ctx);
                break;
            case 21:
                EmitPrefetchOrAssume(ctx);
                break;
            case 22:
                EmitRealloc(ctx);
                break;
            case 23:
                if (ctx.CanNest)
                    EmitGenericAtomicRmw(ctx);
                break;
            case 24:
                if (ctx.CanNest)
                    EmitAllocaScope(ctx);
                break;
            case 25:
                EmitDistinctObjects(ctx);
                break;
            default:
                EmitDma(ctx);
                break;
        }
    }

    public override string? TryMaterialize(GenContext ctx, GenType type)
    {
        if (type.Kind == GenTypeKind.UnrankedMemRef)
        {
            long[] shape = ctx.Types.RandomShape(allowDynamic: true, maxRank: 2);
            var ranked = GenType.MemRef(shape, type.Element!, null, type.MemorySpace);
            string src = Alloc(ctx, ranked, "alloc");
            string r = ctx.Fresh("u");
            ctx.Line($"{r} = memref.cast {src} : {ranked} to {type}");
            return ctx.Bind(r, type);
        }
        return Alloc(ctx, type, ctx.Chance(4) ? "alloca" : "alloc");
    }

    /// <summary>Emits alloc/alloca of <paramref name="type"/> with its dynamic sizes and layout symbols.</summary>
    public static string Alloc(GenContext ctx, GenType type, string op)
    {
        var dyn = new List<string>();
        foreach (long d in type.Shape)
        {
            if (d == GenType.Dynamic)
                dyn.Add(ctx.Use(GenType.IndexType));
        }
        int symbols = type.Layout == null ? 0 : type.Layout.IsStrided ? type.Layout.DynamicCount : type.Layout.Symbols;
        var syms = new List<string>();
        for (int i = 0; i < symbols; i++)
            syms.Add(ctx.Use(GenType.IndexType));
        string symText = syms.Count > 0 || ctx.Chance(10) ? "[" + string.Join(", ", syms) + "]" : "";
        string attr = ctx.Chance(5) ? " {alignment = " + (1 << ctx.Next(7)) + "}" : "";
        string r = ctx.Fresh("m");
        ctx.Line($"{r} = memref.{op}({string.Join(", ", dyn)}){symText}{attr} : {type}");
        return ctx.Bind(r, type);
    }

    /// <summary>A visible ranked memref satisfying <paramref name="match"/>, or a new allocation.</summary>
    public static GenValue RankedOrNew(GenContext ctx, System.Func<GenType, bool> match, bool allowAffine = true)
    {
        var found = ctx.PickVisible(t => t.Kind == GenTypeKind.MemRef && match(t)
            && (allowAffine || t.Layout == null || t.Layout.IsStrided));
        if (found != null && !ctx.Chance(4))
            return found;
        for (int attempt = 0; attempt < 50; attempt++)
        {
            var t = ctx.Types.MemRefType(allowAffine);
            if (match(t))
                return new GenValue(ctx.Use(t), t);
        }
        var fallback = GenType.MemRef([4], ctx.Types.MemRefElement());
        return new GenValue(ctx.Use(fallback), fallback);
    }

    private static GenValue AnyMemRef(GenContext ctx)
    {
        if (ctx.Chance(4))
        {
            var u = GenType.UnrankedMemRef(ctx.Types.MemRefElement(), ctx.Types.MemorySpace());
            return new GenValue(ctx.Use(u), u);
        }
        return RankedOrNew(ctx, _ => true);
    }

    /// <summary><c>[%i, %j]</c>: one index operand per dimension.</summary>
    public static string Indices(GenContext ctx, int rank)
    {
        var sb = new StringBuilder("[");
        for (int i = 0; i < rank; i++)
            sb.Append(i > 0 ? ", " : "").Append(ctx.Use(GenType.IndexType));
        return sb.Append(']').ToString();
    }

    private static void EmitLoad(GenContext ctx)
    {
        var m = RankedOrNew(ctx, _ => true);
        string idx = Indices(ctx, m.Type.Rank);
        string attr = ctx.Next(6) switch { 0 => " {nontemporal = true}", 1 => " {alignment = 16}", _ => "" };
        string r = ctx.Fresh();
        ctx.Line($"{r} = memref.load {m.Name}{idx}{attr} : {m.Type}");
        ctx.Bind(r, m.Type.Element!);
    }

    private static void EmitStore(GenContext ctx)
    {
        var m = RankedOrNew(ctx, _ => true);
        string v = ctx.Use(m.Type.Element!);
        string idx = Indices(ctx, m.Type.Rank);
        string attr = ctx.Chance(6) ? " {nontemporal = false}" : "";
        ctx.Line($"memref.store {v}, {m.Name}{idx}{attr} : {m.Type}");
    }

    private static void EmitDim(GenContext ctx)
    {
        var m = ctx.Chance(5)
            ? new GenValue(ctx.Use(GenType.UnrankedMemRef(GenType.F32)), GenType.UnrankedMemRef(GenType.F32))
            : RankedOrNew(ctx, t => t.Rank > 0);
        int rank = m.Type.Kind == GenTypeKind.MemRef ? m.Type.Rank : 1;
        string i = ctx.IndexConstant(ctx.Next(rank));
        string r = ctx.Fresh();
        ctx.Line($"{r} = memref.dim {m.Name}, {i} : {m.Type}");
        ctx.Bind(r, GenType.IndexType);
    }

    /// <summary>Declares a module-level memref.global of a static shape and returns its name and type.</summary>
    public static (string Name, GenType Type) DeclareGlobal(GenContext ctx)
    {
        long[] shape = ctx.Types.RandomShape(allowDynamic: false, maxRank: 2);
        GenType element = ctx.Types.MemRefElement();
        var type = GenType.MemRef(shape, element, null, ctx.Chance(5) ? "1" : null);
        string name = ctx.FreshSymbol("g");
        var sb = new StringBuilder("memref.global ");
        int visibility = ctx.Next(4);
        bool isConstant = ctx.Chance(3);
        sb.Append(visibility == 0 ? "\"private\" " : visibility == 1 ? "\"nested\" " : "");
        sb.Append(isConstant ? "constant " : "");
        sb.Append('@').Append(name).Append(" : ").Append(type.Text);
        switch (ctx.Next(isConstant ? 2 : 4))
        {
            case 0:
                sb.Append(" = dense<").Append(ArithGen.ScalarLiteral(ctx, element, typed: false)).Append('>');
                break;
            case 1:
            {
                var tensor = GenType.Tensor(shape, element);
                var body = new StringBuilder();
                AppendDense(ctx, body, shape, 0, element);
                sb.Append(" = dense<").Append(tensor.NumElements <= 16 ? body.ToString()
                    : ArithGen.ScalarLiteral(ctx, element, typed: false)).Append('>');
                break;
            }
            case 2:
                sb.Append(" = uninitialized");
                break;
        }
        if (ctx.Chance(4))
            sb.Append(" {alignment = ").Append(1 << ctx.Next(1, 7)).Append('}');
        // A global without initial value is an external declaration: it must be public.
        if (!sb.ToString().Contains(" = ", System.StringComparison.Ordinal) && visibility < 2)
            return DeclareGlobal(ctx);
        ctx.ModuleOps.Add(sb.ToString());
        ctx.Globals.Add((name, type));
        return (name, type);
    }

    private static void AppendDense(GenContext ctx, StringBuilder sb, long[] shape, int dim, GenType e)
    {
        if (dim == shape.Length)
        {
            sb.Append(ArithGen.ScalarLiteral(ctx, e, typed: false));
            return;
        }
        sb.Append('[');
        for (long i = 0; i < shape[dim]; i++)
        {
            sb.Append(i > 0 ? ", " : "");
            AppendDense(ctx, sb, shape, dim + 1, e);
        }
        sb.Append(']');
    }

    private static void EmitGetGlobal(GenContext ctx)
    {
        var (name, type) = ctx.Globals.Count > 0 && !ctx.Chance(3) ? ctx.Pick(ctx.Globals) : DeclareGlobal(ctx);
        string r = ctx.Fresh("gg");
        ctx.Line($"{r} = memref.get_global @{name} : {type}");
        ctx.Bind(r, type);
    }

    private static void EmitAtomicRmw(GenContext ctx)
    {
        var m = RankedOrNew(ctx, t => t.Element!.IsScalar && !t.Element.IsIndex && t.Element.Width >= 8
            && t.Element.Width <= 64);
        GenType e = m.Type.Element!;
        if (e.IsIndex || e.Width < 8 || e.Width > 64)
            return;
        string kind = ctx.Pick(e.IsFloat ? FloatRmwKinds : IntRmwKinds);
        string v = ctx.Use(e);
        string idx = Indices(ctx, m.Type.Rank);
        string r = ctx.Fresh();
        ctx.Line($"{r} = memref.atomic_rmw {kind} {v}, {m.Name}{idx} : ({e}, {m.Type}) -> {e}");
        ctx.Bind(r, e);
    }

    private void EmitGenericAtomicRmw(GenContext ctx)
    {
        var m = RankedOrNew(ctx, t => t.Element!.IsScalar && !t.Element.IsIndex);
        GenType e = m.Type.Element!;
        string idx = Indices(ctx, m.Type.Rank);
        string other = ctx.Use(e);
        string r = ctx.Fresh();
        ctx.Line($"{r} = memref.generic_atomic_rmw {m.Name}{idx} : {m.Type} {{");
        ctx.Region(() =>
        {
            string cur = ctx.Fresh("cur");
            ctx.OuterLine($"^bb0({cur}: {e}):");
            ctx.Bind(cur, e);
            string result = cur;
            if (ctx.Has(GenDialects.Arith) && !ctx.Chance(3))
            {
                string op = e.IsFloat ? ctx.Pick(ArithGen.FloatBinary) : ctx.Pick(new[] { "addi", "muli", "xori", "maxsi" });
                // The body may only hold side-effect-free operations, and 'other' is defined above it.
                result = ctx.Fresh();
                ctx.Line($"{result} = arith.{op} {cur}, {other} : {e}");
            }
            ctx.Line($"memref.atomic_yield {result} : {e}");
        });
        ctx.Line("}");
        ctx.Bind(r, e);
    }

    private static void EmitAllocaScope(GenContext ctx)
    {
        var results = new List<GenType>();
        for (int i = ctx.Next(3); i > 0; i--)
            results.Add(ctx.Types.ValueType());
        var res = ctx.PrepareResults(ctx.Fresh(), results);
        string resultText = results.Count > 0 ? " -> (" + TypeChooser.Join(results) + ")" : "";
        ctx.Line($"{res.Lhs}memref.alloca_scope{resultText} {{");
        ctx.Region(() =>
        {
            ctx.EmitOps(ctx.OpsPerBlock());
            if (results.Count > 0)
                ctx.Line($"memref.alloca_scope.return {ctx.UseAll(results)} : {TypeChooser.Join(results)}");
        });
        ctx.Line("}" + ctx.AttrDict());
        res.Bind();
    }

    private static void EmitCopy(GenContext ctx)
    {
        var src = RankedOrNew(ctx, t => t.HasStaticShape);
        GenType dstType = ctx.Chance(2)
            ? src.Type
            : GenType.MemRef(src.Type.Shape, src.Type.Element!, null, ctx.Types.MemorySpace());
        string dst = ctx.Use(dstType);
        ctx.Line($"memref.copy {src.Name}, {dst} : {src.Type} to {dstType}");
    }

    private static void EmitPrefetchOrAssume(GenContext ctx)
    {
        var m = RankedOrNew(ctx, _ => true);
        if (ctx.Chance(2))
        {
            string idx = Indices(ctx, m.Type.Rank);
            ctx.Line($"memref.prefetch {m.Name}{idx}, {(ctx.Chance(2) ? "read" : "write")}, locality<{ctx.Next(4)}>, "
                + $"{(ctx.Chance(2) ? "data" : "instr")} : {m.Type}");
            return;
        }
        string r = ctx.Fresh();
        ctx.Line($"{r} = memref.assume_alignment {m.Name}, {1 << ctx.Next(7)} : {m.Type}");
        ctx.Bind(r, m.Type);
    }

    private static void EmitRealloc(GenContext ctx)
    {
        GenType e = ctx.Types.MemRefElement();
        string? space = ctx.Types.MemorySpace();
        bool srcDynamic = ctx.Chance(3), dstDynamic = ctx.Chance(3);
        var src = GenType.MemRef([srcDynamic ? GenType.Dynamic : ctx.Next(1, 9)], e, null, space);
        var dst = GenType.MemRef([dstDynamic ? GenType.Dynamic : ctx.Next(1, 17)], e, null, space);
        string s = ctx.Use(src);
        string size = dstDynamic ? "(" + ctx.Use(GenType.IndexType) + ")" : "";
        string attr = ctx.Chance(4) ? " {alignment = 8}" : "";
        string r = ctx.Fresh();
        ctx.Line($"{r} = memref.realloc {s}{size}{attr} : {src} to {dst}");
        ctx.Bind(r, dst);
    }

    private static void EmitDistinctObjects(GenContext ctx)
    {
        var types = new List<GenType>();
        var names = new List<string>();
        for (int i = ctx.Next(1, 4); i > 0; i--)
        {
            var m = RankedOrNew(ctx, _ => true);
            types.Add(m.Type);
            names.Add(m.Name);
        }
        string lhs = ctx.BindResults(ctx.Fresh("d"), types);
        ctx.Line($"{lhs}memref.distinct_objects {string.Join(", ", names)} : {TypeChooser.Join(types)}");
    }

    private static void EmitDma(GenContext ctx)
    {
        GenType e = ctx.Types.FloatScalar();
        var src = GenType.MemRef([ctx.Next(1, 9), ctx.Next(1, 9)], e);
        var dst = GenType.MemRef([ctx.Next(1, 9)], e, null, ctx.Chance(2) ? "1" : null);
        var tag = GenType.MemRef([1], GenType.I32, null, ctx.Chance(2) ? "2" : null);
        string s = ctx.Use(src), d = ctx.Use(dst), t = ctx.Use(tag);
        string si = Indices(ctx, 2), di = Indices(ctx, 1), ti = Indices(ctx, 1);
        string n = ctx.Use(GenType.IndexType);
        string stride = ctx.Chance(3) ? ", " + ctx.Use(GenType.IndexType) + ", " + ctx.Use(GenType.IndexType) : "";
        ctx.Line($"memref.dma_start {s}{si}, {d}{di}, {n}, {t}{ti}{stride} : {src}, {dst}, {tag}");
        if (ctx.Chance(2))
            ctx.Line($"memref.dma_wait {t}{Indices(ctx, 1)}, {n} : {tag}");
    }
}
