using System;
using System.Collections.Generic;
using System.Text;

namespace Dialectic.Dialects.Tests.Differential;

/// <summary>
/// cf: assert anywhere, and small control-flow graphs in regions that may hold several blocks (function bodies,
/// scf.execute_region): blocks with arguments joined by br, cond_br (with and without weights) and switch, with
/// back edges. Every block is reachable (block i always branches to block i + 1), so values of the entry block
/// dominate every block; values of other blocks stay local to them.
/// </summary>
internal sealed class CfGen : DialectGen
{
    public override GenDialects Dialect => GenDialects.Cf;

    public override int Weight => 3;

    public override void Emit(GenContext ctx)
    {
        string c = ctx.Use(GenType.I1);
        string message = ctx.Pick(new[] { "ok", "must hold", "bad \\\"input\\\"", "" });
        ctx.Line($"cf.assert {c}, \"{message}\"{ctx.AttrDict()}");
    }

    /// <summary>Writes a CFG of 2 to 4 blocks at the insertion point (which is the start of the entry block);
    /// the last block ends with <paramref name="exit"/>.</summary>
    public void EmitCfg(GenContext ctx, Action exit)
    {
        int n = ctx.Next(2, 5);
        var labels = new string[n];
        var args = new List<GenType>[n];
        for (int i = 1; i < n; i++)
        {
            labels[i] = ctx.FreshBlock();
            args[i] = [];
            for (int k = ctx.Next(3); k > 0; k--)
                args[i].Add(ctx.Types.ValueType());
        }
        ctx.EmitOps(ctx.OpsPerBlock());
        Terminator(ctx, 0, labels, args);
        for (int i = 1; i < n; i++)
        {
            var header = new StringBuilder(labels[i]);
            ctx.PushScope();
            if (args[i].Count > 0)
            {
                header.Append('(');
                for (int k = 0; k < args[i].Count; k++)
                {
                    string a = ctx.Fresh("ba");
                    ctx.Bind(a, args[i][k]);
                    header.Append(k > 0 ? ", " : "").Append(a).Append(": ").Append(args[i][k].Text);
                }
                header.Append(')');
            }
            ctx.OuterLine(header.Append(':').ToString());
            ctx.EmitOps(ctx.OpsPerBlock());
            if (i == n - 1)
                exit();
            else
                Terminator(ctx, i, labels, args);
            ctx.PopScope();
        }
    }

    // cf.switch case operands cannot be written %r#1 (upstream parses them as an argument list).
    private static string Successor(GenContext ctx, int target, string[] labels, List<GenType>[] args,
        bool allowResultNumbers = true)
    {
        var types = args[target];
        if (types.Count == 0)
            return labels[target];
        return labels[target] + "(" + ctx.UseAll(types, allowResultNumbers) + " : " + TypeChooser.Join(types) + ")";
    }

    // Branches from block 'from' to block from + 1 and sometimes to other non-entry blocks (back edges too).
    private static void Terminator(GenContext ctx, int from, string[] labels, List<GenType>[] args)
    {
        int n = labels.Length;
        int next = from + 1;
        switch (ctx.Next(4))
        {
            case 0:
            case 1:
            {
                string c = ctx.Use(GenType.I1);
                int other = ctx.Next(1, n);
                string a = Successor(ctx, next, labels, args), b = Successor(ctx, other, labels, args);
                if (ctx.Chance(2))
                    (a, b) = (b, a);
                string weights = ctx.Chance(4) ? $" weights([{ctx.Next(0, 100)}, {ctx.Next(0, 100)}])" : "";
                ctx.Line($"cf.cond_br {c}{weights}, {a}, {b}{ctx.AttrDict(12)}");
                break;
            }
            case 2:
            {
                GenType flagType = ctx.Pick(new[] { GenType.I32, GenType.Int(8), GenType.I64 });
                string flag = ctx.Use(flagType);
                var cases = new List<string> { "default: " + Successor(ctx, next, labels, args, false) };
                var used = new HashSet<int>();
                for (int k = ctx.Next(4); k > 0; k--)
                {
                    int value = ctx.Next(-5, 100);
                    if (used.Add(value))
                        cases.Add(value + ": " + Successor(ctx, ctx.Next(1, n), labels, args, false));
                }
                ctx.Line($"cf.switch {flag} : {flagType}, [{string.Join(", ", cases)}]{ctx.AttrDict(12)}");
                break;
            }
            default:
                ctx.Line("cf.br " + Successor(ctx, next, labels, args) + ctx.AttrDict(12));
                break;
        }
    }
}
