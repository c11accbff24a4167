using System;
using System.IO;
using Dialectic.Core.IR;
using Dialectic.Core.Syntax;
using Dialectic.Tools.Opt;

namespace Dialectic.Core.Tests.Pass;

/// <summary>Parsing and printing helpers for the pass manager tests.</summary>
internal static class PassTestIR
{
    /// <summary>Parses <paramref name="text"/> with every dialect dialectic-opt has; the result is the module.</summary>
    public static Operation Parse(Context context, string text)
    {
        var block = SourceParser.ParseSource(context, text, new ParserOptions { FileName = "test.mlir" })
            ?? throw new InvalidOperationException("parse failed: " + string.Join("\n", context.Diagnostics.Unhandled));
        if (block.FirstOp is Dialectic.Core.IR.Builtin.ModuleOp single && single.NextOp == null)
        {
            single.Remove();
            return single;
        }
        var module = Dialectic.Core.IR.Builtin.ModuleOp.Create(context.UnknownLoc);
        while (block.FirstOp is { } op)
        {
            op.Remove();
            module.Body.Append(op);
        }
        return module;
    }

    public static Context NewContext(bool allowUnregistered = false) => OptMain.CreateContext(allowUnregistered);

    public static string Print(Operation op)
    {
        var sw = new StringWriter();
        AsmPrinter.PrintTopLevel(op, sw);
        return sw.ToString();
    }

    /// <summary>Runs dialectic-opt in-process on <paramref name="input"/> (as stdin).</summary>
    public static (int ExitCode, string Stdout, string Stderr) Opt(string input, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var all = new string[args.Length + 1];
        args.CopyTo(all, 0);
        all[^1] = "-";
        int rc = OptMain.Run(all, new StringReader(input), stdout, stderr);
        return (rc, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Three functions, the first with a CFG (for analyses and nesting tests).</summary>
    public const string ThreeFunctions = """
        func.func @foo(%arg0: i32) -> i32 {
          %c1 = arith.constant 1 : i32
          %0 = arith.addi %arg0, %c1 : i32
          return %0 : i32
        }
        func.func @bar() {
          return
        }
        func.func @baz(%arg0: i1) {
          return
        }
        """;
}
