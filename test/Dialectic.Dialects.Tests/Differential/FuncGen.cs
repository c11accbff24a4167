using System.Collections.Generic;
using System.Text;

namespace Dialectic.Dialects.Tests.Differential;

/// <summary>func: call (to functions of the program and to private declarations), constant + call_indirect, and
/// the declarations themselves (with argument and result attributes).</summary>
internal sealed class FuncGen : DialectGen
{
    public override GenDialects Dialect => GenDialects.None;

    public override int Weight => 6;

    public override void Emit(GenContext ctx)
    {
        var callee = ctx.Callees.Count > 0 && !ctx.Chance(3) ? ctx.Pick(ctx.Callees) : Declare(ctx);
        string args = ctx.UseAll(callee.Args);
        var results = ctx.PrepareResults(ctx.Fresh("call"), callee.Results);
        if (ctx.Chance(5))
        {
            string f = ctx.Fresh("fptr");
            ctx.Line($"{f} = func.constant @{callee.Name} : {callee.FunctionType}");
            ctx.Line($"{results.Lhs}func.call_indirect {f}({args}) : {callee.FunctionType}");
        }
        else
        {
            string attrs = ctx.Chance(8) ? " {no_inline}" : ctx.AttrDict(12);
            ctx.Line($"{results.Lhs}func.call @{callee.Name}({args}){attrs} : {callee.FunctionType}");
        }
        results.Bind();
    }

    /// <summary>Adds a private declaration with random argument and result types to the module.</summary>
    public static FunctionSignature Declare(GenContext ctx)
    {
        var args = new List<GenType>();
        for (int i = ctx.Next(4); i > 0; i--)
            args.Add(ctx.Types.ValueType());
        var results = new List<GenType>();
        for (int i = ctx.Next(3); i > 0; i--)
            results.Add(ctx.Types.ValueType());
        var sig = new FunctionSignature(ctx.FreshSymbol("decl"), args, results);
        var sb = new StringBuilder("func.func private @").Append(sig.Name).Append('(');
        for (int i = 0; i < args.Count; i++)
        {
            sb.Append(i > 0 ? ", " : "").Append(args[i].Text);
            if (ctx.Chance(6))
                sb.Append(" {tag.arg = ").Append(i).Append(" : i32}");
        }
        sb.Append(')');
        if (results.Count > 0)
        {
            bool attrs = ctx.Chance(6);
            sb.Append(" -> ");
            if (results.Count == 1 && !attrs)
            {
                sb.Append(results[0].Text);
            }
            else
            {
                sb.Append('(');
                for (int i = 0; i < results.Count; i++)
                    sb.Append(i > 0 ? ", " : "").Append(results[i].Text).Append(attrs ? " {tag.res}" : "");
                sb.Append(')');
            }
        }
        if (ctx.Chance(8))
            sb.Append(" attributes {tag.fn = \"x\"}");
        ctx.ModuleOps.Add(sb.ToString());
        ctx.Callees.Add(sig);
        return sig;
    }
}
