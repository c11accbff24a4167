using System.Collections.Generic;
using System.Text;

namespace Dialectic.Dialects.Tests.Differential;

/// <summary>
/// scf: for (index and integer bounds, unsigned, iter_args), if (with and without results and else), while with
/// condition, parallel with reduce, forall (in/lb-ub-step forms, shared_outs), index_switch and execute_region
/// (possibly a CFG inside), nesting further operations in their regions.
/// </summary>
internal sealed class ScfGen : DialectGen
{
    public override GenDialects Dialect => GenDialects.Scf;

    public override int Weight => 14;

    public override void Emit(GenContext ctx)
    {
        if (!ctx.CanNest)
            return;
        switch (ctx.Next(9))
        {
            case 0:
            case 1:
                EmitFor(ctx);
                break;
            case 2:
            case 3:
                EmitIf(ctx);
                break;
            case 4:
                EmitWhile(ctx);
                break;
            case 5:
                EmitParallel(ctx);
                break;
            case 6:
                EmitForall(ctx);
                break;
            case 7:
                EmitIndexSwitch(ctx);
                break;
            default:
                EmitExecuteRegion(ctx);
                break;
        }
    }

    private static List<GenType> RandomTypes(GenContext ctx, int max)
    {
        var types = new List<GenType>();
        for (int i = ctx.Next(max + 1); i > 0; i--)
            types.Add(ctx.Types.ValueType());
        return types;
    }

    /// <summary><c>-> (a, b)</c> (or <c>-> a</c> for one type), with its leading space; "" for none.</summary>
    private static string Arrow(GenContext ctx, List<GenType> types)
    {
        if (types.Count == 0)
            return "";
        if (types.Count == 1 && ctx.Chance(2))
            return " -> " + types[0].Text;
        return " -> (" + TypeChooser.Join(types) + ")";
    }

    /// <summary>Writes <c>scf.yield</c> of values of <paramref name="types"/>; with none, sometimes writes the
    /// implicit empty yield explicitly.</summary>
    private static void Yield(GenContext ctx, List<GenType> types)
    {
        if (types.Count == 0)
        {
            if (ctx.Chance(3))
                ctx.Line("scf.yield");
            return;
        }
        ctx.Line($"scf.yield {ctx.UseAll(types)} : {TypeChooser.Join(types)}");
    }

    /// <summary>Writes <c>scf.yield</c> even without values (regions without an implicit terminator).</summary>
    private static void ExplicitYield(GenContext ctx, List<GenType> types) =>
        ctx.Line(types.Count == 0 ? "scf.yield" : $"scf.yield {ctx.UseAll(types)} : {TypeChooser.Join(types)}");

    private static void EmitIf(GenContext ctx)
    {
        string c = ctx.Use(GenType.I1);
        var types = RandomTypes(ctx, 2);
        var res = ctx.PrepareResults(ctx.Fresh("if"), types);
        ctx.Line($"{res.Lhs}scf.if {c}{Arrow(ctx, types)} {{");
        ctx.Region(() =>
        {
            ctx.EmitOps(ctx.OpsPerBlock());
            Yield(ctx, types);
        });
        if (types.Count > 0 || ctx.Chance(2))
        {
            ctx.Line("} else {");
            ctx.Region(() =>
            {
                ctx.EmitOps(ctx.OpsPerBlock());
                Yield(ctx, types);
            });
        }
        ctx.Line("}" + ctx.AttrDict());
        res.Bind();
    }

    private static void EmitFor(GenContext ctx)
    {
        GenType boundType = ctx.Next(3) switch
        {
            0 => ctx.Types.IntScalar(),
            _ => GenType.IndexType,
        };
        if (boundType.Width == 1)
            boundType = GenType.I32;
        string lb = ctx.Use(boundType), ub = ctx.Use(boundType), step = ctx.Use(boundType);
        var types = RandomTypes(ctx, 2);
        string inits = ctx.UseAll(types);
        var res = ctx.PrepareResults(ctx.Fresh("for"), types);
        string iv = ctx.Fresh("iv");
        var iterNames = new List<string>();
        var header = new StringBuilder();
        header.Append(res.Lhs).Append("scf.for ").Append(ctx.Chance(6) ? "unsigned " : "")
            .Append(iv).Append(" = ").Append(lb).Append(" to ").Append(ub).Append(" step ").Append(step);
        if (types.Count > 0)
        {
            string[] initNames = inits.Split(", ");
            header.Append(" iter_args(");
            for (int i = 0; i < types.Count; i++)
            {
                string a = ctx.Fresh("it");
                iterNames.Add(a);
                header.Append(i > 0 ? ", " : "").Append(a).Append(" = ").Append(initNames[i]);
            }
            header.Append(") -> (").Append(TypeChooser.Join(types)).Append(')');
        }
        if (!boundType.IsIndex)
            header.Append(" : ").Append(boundType.Text);
        ctx.Line(header.Append(" {").ToString());
        ctx.Region(() =>
        {
            ctx.Bind(iv, boundType);
            for (int i = 0; i < types.Count; i++)
                ctx.Bind(iterNames[i], types[i]);
            ctx.EmitOps(ctx.OpsPerBlock());
            Yield(ctx, types);
        });
        ctx.Line("}" + ctx.AttrDict());
        res.Bind();
    }

    private static void EmitWhile(GenContext ctx)
    {
        var initTypes = RandomTypes(ctx, 2);
        var afterTypes = ctx.Chance(2) ? new List<GenType>(initTypes) : RandomTypes(ctx, 2);
        string inits = ctx.UseAll(initTypes);
        string[] initNames = inits.Length == 0 ? [] : inits.Split(", ");
        var res = ctx.PrepareResults(ctx.Fresh("w"), afterTypes);
        var header = new StringBuilder(res.Lhs).Append("scf.while ");
        var beforeArgs = new List<string>();
        if (initTypes.Count > 0 || ctx.Chance(2))
        {
            header.Append('(');
            for (int i = 0; i < initTypes.Count; i++)
            {
                string a = ctx.Fresh("wa");
                beforeArgs.Add(a);
                header.Append(i > 0 ? ", " : "").Append(a).Append(" = ").Append(initNames[i]);
            }
            header.Append(") ");
        }
        header.Append(": (").Append(TypeChooser.Join(initTypes)).Append(") -> ")
            .Append(afterTypes.Count == 1 && ctx.Chance(2) ? afterTypes[0].Text : "(" + TypeChooser.Join(afterTypes) + ")")
            .Append(" {");
        ctx.Line(header.ToString());
        ctx.Region(() =>
        {
            for (int i = 0; i < initTypes.Count; i++)
                ctx.Bind(beforeArgs[i], initTypes[i]);
            ctx.EmitOps(ctx.OpsPerBlock());
            string c = ctx.Use(GenType.I1);
            string forwarded = afterTypes.Count == 0 ? "" : " " + ctx.UseAll(afterTypes) + " : " + TypeChooser.Join(afterTypes);
            ctx.Line($"scf.condition({c}){forwarded}");
        });
        ctx.Line("} do {");
        ctx.Region(() =>
        {
            if (afterTypes.Count > 0 || ctx.Chance(2))
            {
                var label = new StringBuilder("^bb0(");
                for (int i = 0; i < afterTypes.Count; i++)
                {
                    string a = ctx.Fresh("wb");
                    ctx.Bind(a, afterTypes[i]);
                    label.Append(i > 0 ? ", " : "").Append(a).Append(": ").Append(afterTypes[i].Text);
                }
                ctx.OuterLine(label.Append("):").ToString());
            }
            ctx.EmitOps(ctx.OpsPerBlock());
            if (initTypes.Count > 0)
                ctx.Line($"scf.yield {ctx.UseAll(initTypes)} : {TypeChooser.Join(initTypes)}");
            else
                ctx.Line("scf.yield");
        });
        ctx.Line("}" + (ctx.Chance(8) ? " attributes {tag = 4}" : ""));
        res.Bind();
    }

    // scf.parallel rejects constant steps that are not positive: steps are fresh positive constants.
    private static (List<string> Lbs, List<string> Ubs, List<string> Steps) Bounds(GenContext ctx, int rank)
    {
        var lbs = new List<string>();
        var ubs = new List<string>();
        var steps = new List<string>();
        for (int i = 0; i < rank; i++)
        {
            lbs.Add(ctx.Use(GenType.IndexType));
            ubs.Add(ctx.Use(GenType.IndexType));
            steps.Add(ctx.IndexConstant(ctx.Next(1, 5)));
        }
        return (lbs, ubs, steps);
    }

    private static void EmitParallel(GenContext ctx)
    {
        int rank = ctx.Next(1, 3);
        var (lbs, ubs, steps) = Bounds(ctx, rank);
        var types = new List<GenType>();
        for (int i = ctx.Next(3); i > 0; i--)
            types.Add(ctx.Chance(2) ? ctx.Types.FloatScalar() : ctx.Types.IntLike());
        string inits = ctx.UseAll(types);
        var res = ctx.PrepareResults(ctx.Fresh("par"), types);
        var ivs = new List<string>();
        for (int i = 0; i < rank; i++)
            ivs.Add(ctx.Fresh("pi"));
        string resultTypes = types.Count == 1 ? types[0].Text : "(" + TypeChooser.Join(types) + ")";
        string init = types.Count > 0 ? $" init ({inits}) -> {resultTypes}" : "";
        ctx.Line($"{res.Lhs}scf.parallel ({string.Join(", ", ivs)}) = ({string.Join(", ", lbs)}) to "
            + $"({string.Join(", ", ubs)}) step ({string.Join(", ", steps)}){init} {{");
        ctx.Region(() =>
        {
            foreach (string iv in ivs)
                ctx.Bind(iv, GenType.IndexType);
            ctx.EmitOps(ctx.OpsPerBlock());
            if (types.Count == 0)
            {
                if (ctx.Chance(3))
                    ctx.Line("scf.reduce");
                return;
            }
            ctx.Line($"scf.reduce({ctx.UseAll(types)} : {TypeChooser.Join(types)}) {{");
            for (int i = 0; i < types.Count; i++)
            {
                if (i > 0)
                    ctx.Line("}, {");
                GenType t = types[i];
                ctx.Region(() =>
                {
                    string l = ctx.Fresh("lhs"), r = ctx.Fresh("rhs");
                    ctx.OuterLine($"^bb0({l}: {t}, {r}: {t}):");
                    ctx.Bind(l, t);
                    ctx.Bind(r, t);
                    ctx.EmitOps(ctx.Next(3));
                    ctx.Line($"scf.reduce.return {ctx.Use(t)} : {t}");
                });
            }
            ctx.Line("}");
        });
        ctx.Line("}" + ctx.AttrDict());
        res.Bind();
    }

    private static void EmitForall(GenContext ctx)
    {
        int rank = ctx.Next(1, 3);
        var ivs = new List<string>();
        for (int i = 0; i < rank; i++)
            ivs.Add(ctx.Fresh("fi"));
        string bounds;
        if (ctx.Chance(2))
        {
            var ubs = new List<string>();
            for (int i = 0; i < rank; i++)
                ubs.Add(ctx.Chance(2) ? GenContext.Num(ctx.Next(1, 9)) : ctx.Use(GenType.IndexType));
            bounds = $"in ({string.Join(", ", ubs)})";
        }
        else
        {
            var parts = new List<string>[3];
            for (int k = 0; k < 3; k++)
            {
                parts[k] = [];
                for (int i = 0; i < rank; i++)
                    parts[k].Add(ctx.Chance(2) ? GenContext.Num(ctx.Next(k == 2 ? 1 : 0, 9)) : ctx.Use(GenType.IndexType));
            }
            bounds = $"= ({string.Join(", ", parts[0])}) to ({string.Join(", ", parts[1])}) "
                + $"step ({string.Join(", ", parts[2])})";
        }
        var outTypes = new List<GenType>();
        for (int i = ctx.Chance(3) ? ctx.Next(1, 3) : 0; i > 0; i--)
        {
            long[] shape = ctx.Types.RandomShape(allowDynamic: true, maxRank: 2, minRank: 1);
            outTypes.Add(GenType.Tensor(shape, ctx.Types.FloatScalar()));
        }
        string outs = "";
        var outNames = new List<string>();
        if (outTypes.Count > 0)
        {
            string inits = ctx.UseAll(outTypes);
            string[] initNames = inits.Split(", ");
            var sb = new StringBuilder(" shared_outs(");
            for (int i = 0; i < outTypes.Count; i++)
            {
                string o = ctx.Fresh("so");
                outNames.Add(o);
                sb.Append(i > 0 ? ", " : "").Append(o).Append(" = ").Append(initNames[i]);
            }
            outs = sb.Append(") -> (").Append(TypeChooser.Join(outTypes)).Append(')').ToString();
        }
        var res = ctx.PrepareResults(ctx.Fresh("fa"), outTypes);
        ctx.Line($"{res.Lhs}scf.forall ({string.Join(", ", ivs)}) {bounds}{outs} {{");
        ctx.Region(() =>
        {
            foreach (string iv in ivs)
                ctx.Bind(iv, GenType.IndexType);
            for (int i = 0; i < outTypes.Count; i++)
                ctx.Bind(outNames[i], outTypes[i]);
            ctx.EmitOps(ctx.OpsPerBlock());
            if (outTypes.Count > 0 || ctx.Chance(3))
            {
                ctx.Line("scf.forall.in_parallel {");
                ctx.Line("}");
            }
        });
        ctx.Line("}" + ctx.AttrDict());
        res.Bind();
    }

    private static void EmitIndexSwitch(GenContext ctx)
    {
        string arg = ctx.Use(GenType.IndexType);
        var types = RandomTypes(ctx, 2);
        var res = ctx.PrepareResults(ctx.Fresh("sw"), types);
        string arrow = types.Count == 0 ? "" : " -> " + TypeChooser.Join(types);
        ctx.Line($"{res.Lhs}scf.index_switch {arg}{ctx.AttrDict()}{arrow}");
        var used = new HashSet<int>();
        for (int k = ctx.Next(4); k > 0; k--)
        {
            int value = ctx.Next(-3, 20);
            if (!used.Add(value))
                continue;
            ctx.Line($"case {value} {{");
            ctx.Region(() =>
            {
                ctx.EmitOps(ctx.OpsPerBlock());
                ExplicitYield(ctx, types);
            });
            ctx.Line("}");
        }
        ctx.Line("default {");
        ctx.Region(() =>
        {
            ctx.EmitOps(ctx.OpsPerBlock());
            ExplicitYield(ctx, types);
        });
        ctx.Line("}");
        res.Bind();
    }

    private static void EmitExecuteRegion(GenContext ctx)
    {
        var types = RandomTypes(ctx, 2);
        var res = ctx.PrepareResults(ctx.Fresh("er"), types);
        string noInline = ctx.Chance(4) ? " no_inline" : "";
        ctx.Line($"{res.Lhs}scf.execute_region{Arrow(ctx, types)}{noInline} {{");
        ctx.Region(() => ctx.MultiBlockBody(() =>
        {
            if (types.Count == 0)
                ctx.Line("scf.yield");
            else
                ctx.Line($"scf.yield {ctx.UseAll(types)} : {TypeChooser.Join(types)}");
        }));
        ctx.Line("}" + ctx.AttrDict());
        res.Bind();
    }
}
