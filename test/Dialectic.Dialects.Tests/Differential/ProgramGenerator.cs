using System.Collections.Generic;
using System.Text;

namespace Dialectic.Dialects.Tests.Differential;

/// <summary>
/// Generates one valid MLIR program in custom syntax from a seed: a module of memref globals, private function
/// declarations and 1 to <see cref="GenOptions.MaxFunctions"/> functions whose bodies mix the enabled dialects'
/// operations, nested several regions deep. The same seed and options always give the same text.
/// </summary>
internal static class ProgramGenerator
{
    /// <summary>The program for <paramref name="seed"/>.</summary>
    public static string Generate(int seed, GenOptions options)
    {
        var ctx = new GenContext(seed, options);
        var functions = new List<string>();
        int count = ctx.Next(1, options.MaxFunctions + 1);
        if (options.Has(GenDialects.MemRef) && ctx.Chance(3))
            MemRefGen.DeclareGlobal(ctx);
        for (int i = 0; i < count; i++)
            functions.Add(GenerateFunction(ctx, "f" + i));
        var sb = new StringBuilder();
        bool explicitModule = ctx.Chance(5);
        string indent = explicitModule ? "  " : "";
        if (explicitModule)
            sb.Append("module {\n");
        foreach (string op in ctx.ModuleOps)
            sb.Append(indent).Append(op).Append('\n');
        foreach (string f in functions)
        {
            foreach (string line in f.Split('\n'))
            {
                if (line.Length > 0)
                    sb.Append(indent).Append(line).Append('\n');
            }
        }
        if (explicitModule)
            sb.Append("}\n");
        return sb.ToString();
    }

    private static string GenerateFunction(GenContext ctx, string name)
    {
        var fn = new FunctionState(name);
        for (int i = ctx.Next(3); i > 0; i--)
            fn.Results.Add(ctx.Types.ValueType());
        // A few arguments up front; the body adds more as it needs them.
        ctx.BeginFunction(fn);
        for (int i = ctx.Next(3); i > 0; i--)
            ctx.NewArgument(ctx.Types.ValueType());
        ctx.MultiBlockBody(() =>
        {
            if (fn.Results.Count == 0)
                ctx.Line("return");
            else
                ctx.Line((ctx.Chance(4) ? "func.return" : "return") + ctx.AttrDict(12) + " " + ctx.UseAll(fn.Results)
                    + " : " + TypeChooser.Join(fn.Results));
        });
        string body = ctx.EndFunction();
        var header = new StringBuilder("func.func ");
        if (ctx.Chance(6))
            header.Append("private ");
        header.Append('@').Append(name).Append('(');
        for (int i = 0; i < fn.Args.Count; i++)
        {
            header.Append(i > 0 ? ", " : "").Append(fn.Args[i].Name).Append(": ").Append(fn.Args[i].Type.Text);
            if (ctx.Chance(10))
                header.Append(" {tag.arg = ").Append(i).Append(" : i32}");
        }
        header.Append(')');
        if (fn.Results.Count > 0)
        {
            if (ctx.Chance(8))
                header.Append(" -> (").Append(TypeChooser.Join(fn.Results)).Append(" {tag.res})");
            else
                header.Append(" -> ").Append(TypeChooser.ResultList(fn.Results));
        }
        if (ctx.Chance(10))
            header.Append(" attributes {tag.fn}");
        header.Append(" {\n");
        var args = new List<GenType>();
        foreach (var a in fn.Args)
            args.Add(a.Type);
        ctx.Callees.Add(new FunctionSignature(name, args, fn.Results));
        return header + body + "}\n";
    }
}
