using System;
using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.Syntax;
using Dialectic.Dialects.Scf;
using Dialectic.Tests.Shared;
using Dialectic.Tools.Opt;
using Xunit;

namespace Dialectic.Dialects.Tests.Scf;

/// <summary>
/// scf.if's folder (upstream's IfOp::fold): <c>if (xori(c, 1)) A else B</c> becomes <c>if c B else A</c>, in
/// place (the fold succeeds with no results). Checked directly, and against <c>mlir-opt-22 --canonicalize</c>.
/// </summary>
public sealed class IfFoldTests
{
    private const string Negated = """
        func.func @f(%c: i1, %x: f32, %y: f32) -> f32 {
          %true = arith.constant true
          %n = arith.xori %c, %true : i1
          %r = scf.if %n -> f32 {
            "test.a"() : () -> ()
            scf.yield %x : f32
          } else {
            "test.b"() : () -> ()
            scf.yield %y : f32
          }
          return %r : f32
        }
        """;

    private static Block Parse(Context context, string text) =>
        SourceParser.ParseSource(context, text, new ParserOptions { FileName = "if.mlir" })
            ?? throw new InvalidOperationException("parse failed: " + string.Join("\n", context.Diagnostics.Unhandled));

    private static IfOp FindIf(Block module)
    {
        IfOp? found = null;
        foreach (var top in module.Operations)
            top.Walk(op =>
            {
                if (op is IfOp ifOp)
                    found = ifOp;
            });
        return found ?? throw new InvalidOperationException("no scf.if");
    }

    [Fact]
    public void NegatedConditionSwapsTheRegions()
    {
        var context = OptMain.CreateContext(true);
        var ifOp = FindIf(Parse(context, Negated));
        var thenFirst = ifOp.ThenRegion.FirstBlock!.FirstOp!;
        var elseFirst = ifOp.ElseRegion.FirstBlock!.FirstOp!;
        var results = new List<OpFoldResult>();

        Assert.True(ifOp.Fold(results));
        Assert.Empty(results);
        Assert.IsType<BlockArgument>(ifOp.Condition);
        Assert.Same(elseFirst, ifOp.ThenRegion.FirstBlock!.FirstOp);
        Assert.Same(thenFirst, ifOp.ElseRegion.FirstBlock!.FirstOp);
        Assert.Same(ifOp.ThenRegion, ifOp.ThenRegion.FirstBlock!.Parent);
    }

    [Theory]
    [InlineData("%n = arith.xori %c, %c : i1")]
    [InlineData("%false = arith.constant false\n  %n = arith.andi %c, %false : i1")]
    [InlineData("%n = \"test.cond\"() : () -> i1")]
    public void OtherConditionsDoNotFold(string condition)
    {
        var context = OptMain.CreateContext(true);
        var text = "func.func @f(%c: i1) {\n  " + condition + "\n  scf.if %n {\n    \"test.a\"() : () -> ()\n  } else {\n"
            + "    \"test.b\"() : () -> ()\n  }\n  return\n}\n";
        var ifOp = FindIf(Parse(context, text));
        Assert.False(ifOp.Fold(new List<OpFoldResult>()));
    }

    [Fact]
    public void WithoutElseRegionNothingFolds()
    {
        var context = OptMain.CreateContext(true);
        var text = "func.func @f(%c: i1) {\n  %true = arith.constant true\n  %n = arith.xori %c, %true : i1\n"
            + "  scf.if %n {\n    \"test.a\"() : () -> ()\n  }\n  return\n}\n";
        var ifOp = FindIf(Parse(context, text));
        Assert.False(ifOp.Fold(new List<OpFoldResult>()));
    }

    /// <summary>After our fold, the scf.if prints as mlir-opt-22 --canonicalize prints it (its other rewrites leave
    /// this op alone: both regions have side effects).</summary>
    [ToolFact("mlir-opt-22")]
    public void FoldedIfMatchesMlirCanonicalize()
    {
        const string input = """
            func.func @f(%c: i1) {
              %true = arith.constant true
              %n = arith.xori %c, %true : i1
              scf.if %n {
                "test.a"() : () -> ()
              } else {
                "test.b"() : () -> ()
              }
              return
            }
            """;
        var mlir = ToolProcess.RunOnText("mlir-opt-22", ["--allow-unregistered-dialect", "--canonicalize"], input);
        Assert.True(mlir.ExitCode == 0, mlir.Stderr);

        var context = OptMain.CreateContext(true);
        var module = Parse(context, input);
        var ifOp = FindIf(module);
        Assert.True(ifOp.Fold(new List<OpFoldResult>()));
        Assert.Equal(IfLines(mlir.Stdout), IfLines(module.FirstOp!.ToString()));
    }

    /// <summary>The lines of the printed scf.if (from its name to its closing brace), trimmed.</summary>
    private static List<string> IfLines(string printed)
    {
        var lines = new List<string>();
        bool inside = false;
        int depth = 0;
        foreach (var raw in printed.Split('\n'))
        {
            var line = raw.Trim();
            inside |= line.StartsWith("scf.if", StringComparison.Ordinal);
            if (!inside)
                continue;
            lines.Add(line);
            depth += line.EndsWith('{') ? 1 : 0;
            depth -= line.StartsWith('}') ? 1 : 0;
            if (depth == 0)
                break;
        }
        return lines;
    }
}
