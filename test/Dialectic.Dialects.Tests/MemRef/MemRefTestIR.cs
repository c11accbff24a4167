using System;
using System.Collections.Generic;
using System.IO;
using Dialectic.Core.IR;
using Dialectic.Core.Syntax;
using Dialectic.Tests.Shared;
using Dialectic.Tools.Opt;

namespace Dialectic.Dialects.Tests.MemRef;

/// <summary>Parsing helpers and tool runs shared by the memref tests.</summary>
internal static class MemRefTestIR
{
    /// <summary>Parses <paramref name="text"/> in a context with every dialect of dialectic-opt.</summary>
    public static Block Parse(string text, Context? context = null)
    {
        context ??= OptMain.CreateContext(false);
        return SourceParser.ParseSource(context, text, new ParserOptions { FileName = "memref-test.mlir" })
            ?? throw new InvalidOperationException("parse failed: " + string.Join("\n", Errors(context)));
    }

    private static IEnumerable<string> Errors(Context context)
    {
        foreach (var d in context.Diagnostics.Unhandled)
            yield return d.ToString();
    }

    /// <summary>The first op of type <typeparamref name="T"/> (in program order) under <paramref name="block"/>.</summary>
    public static T First<T>(Block block) where T : Operation
    {
        T? found = null;
        foreach (var top in block.Operations)
            top.Walk(op =>
            {
                if (found == null && op is T t)
                    found = t;
            }, WalkOrder.PreOrder);
        return found ?? throw new InvalidOperationException("no " + typeof(T).Name);
    }

    /// <summary>All ops of type <typeparamref name="T"/> under <paramref name="block"/>, in program order.</summary>
    public static List<T> All<T>(Block block) where T : Operation
    {
        var list = new List<T>();
        foreach (var top in block.Operations)
            top.Walk(op =>
            {
                if (op is T t)
                    list.Add(t);
            }, WalkOrder.PreOrder);
        return list;
    }

    /// <summary>Runs dialectic-opt in process on <paramref name="input"/>; returns its exit code and output.</summary>
    public static ToolResult Dialectic(string input, params string[] flags)
    {
        var args = new List<string>(flags) { "-" };
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int rc = OptMain.Run(args.ToArray(), new StringReader(input), stdout, stderr);
        return new ToolResult(rc, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs mlir-opt-22 on <paramref name="input"/>.</summary>
    public static ToolResult MlirOpt(string input, params string[] flags) =>
        ToolProcess.RunOnText("mlir-opt-22", flags, input);
}
