using System.Collections.Generic;
using System.IO;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Builtin;
using Dialectic.Core.Rewrite;
using Dialectic.Core.Syntax;
using Dialectic.Dialects.Arith.Transforms;
using Dialectic.Tests.Shared;
using Dialectic.Tools.Opt;
using Xunit;

namespace Dialectic.Dialects.Tests.Pdll;

/// <summary>
/// The arith canonicalizations written in PDLL, applied greedily (with folding, as the canonicalizer does) to one
/// function per pattern: the result is what <c>mlir-opt-22 --canonicalize</c> prints for the same input, kept in
/// <c>Inputs/arith-canonicalization.canonical.mlir</c> (checked against the live tool when it is installed).
/// </summary>
public sealed class ArithPdllCanonicalizationTests
{
    private static string InputPath => Path.Combine(RepoPaths.Root, "test", "Dialectic.Dialects.Tests", "Pdll", "Inputs", "arith-canonicalization.mlir");

    private static string ExpectedPath => Path.Combine(RepoPaths.Root, "test", "Dialectic.Dialects.Tests", "Pdll", "Inputs", "arith-canonicalization.canonical.mlir");

    /// <summary>Parses <paramref name="text"/> into a module, applies <paramref name="patterns"/> greedily and prints it.</summary>
    private static string Canonicalize(Context context, string text, RewritePatternSet patterns)
    {
        var block = SourceParser.ParseSource(context, text, new ParserOptions { FileName = "input.mlir" });
        Assert.NotNull(block);
        var module = ModuleOp.Create(context.UnknownLoc);
        while (block!.FirstOp is { } op)
        {
            op.Remove();
            module.Body.Append(op);
        }
        Assert.True(GreedyPatternRewriteDriver.ApplyPatternsGreedily(module, new FrozenRewritePatternSet(patterns), null, out _));
        Assert.True(Core.Verification.Verifier.Verify(module));
        var output = new StringWriter();
        AsmPrinter.PrintTopLevel(module, output);
        output.Write('\n');
        return output.ToString();
    }

    [Fact]
    public void PdllPatternsCanonicalizeAsMlirOpt()
    {
        var context = OptMain.CreateContext(false);
        var patterns = new RewritePatternSet(context);
        ArithCanonicalization.AddPatterns(patterns, context);
        string actual = Canonicalize(context, File.ReadAllText(InputPath), patterns);
        Assert.Equal(File.ReadAllText(ExpectedPath).Replace("\r\n", "\n"), actual);
    }

    [Fact]
    public void OpHooksAddThePdllPatterns()
    {
        // The canonicalizer's collection (every op's GetCanonicalizationPatterns) holds the PDLL patterns, and
        // canonicalizing with it gives the same output.
        var context = OptMain.CreateContext(false);
        var patterns = CanonicalizationPatterns.Collect(context);
        var names = new HashSet<string>();
        foreach (var p in patterns.Patterns)
            names.Add(p.DebugName);
        var generated = new RewritePatternSet(context);
        ArithCanonicalization.AddPatterns(generated, context);
        foreach (var p in generated.Patterns)
            Assert.Contains(p.DebugName, names);
        string actual = Canonicalize(context, File.ReadAllText(InputPath), patterns);
        Assert.Equal(File.ReadAllText(ExpectedPath).Replace("\r\n", "\n"), actual);
    }

    [Fact]
    public void EveryPdllPatternApplies()
    {
        var context = OptMain.CreateContext(false);
        var generated = new RewritePatternSet(context);
        ArithCanonicalization.AddPatterns(generated, context);
        var counters = new List<CountingPattern>();
        var patterns = new RewritePatternSet(context);
        foreach (var p in generated.Patterns)
        {
            var counter = new CountingPattern(p);
            counters.Add(counter);
            patterns.Add(counter);
        }
        Canonicalize(context, File.ReadAllText(InputPath), patterns);
        Assert.True(counters.Count >= 40, $"only {counters.Count} patterns");
        var unused = new List<string>();
        foreach (var c in counters)
            if (c.Applications == 0)
                unused.Add(c.DebugName);
        Assert.Empty(unused);
    }

    [Fact]
    public void PatternsAreNamedAndWeightedAsUpstream()
    {
        var context = OptMain.CreateContext(false);
        var patterns = new RewritePatternSet(context);
        ArithCanonicalization.AddAddIOpPatterns(patterns, context);
        var names = new List<string>();
        foreach (var p in patterns.Patterns)
        {
            names.Add(p.DebugName);
            Assert.Equal("arith.addi", p.RootKind?.Name);
            Assert.Equal(2, p.Benefit.Value);
        }
        Assert.Equal(["AddIAddConstant", "AddISubConstantRHS", "AddISubConstantLHS", "AddIMulNegativeOneRhs", "AddIMulNegativeOneLhs"], names);
        Assert.IsType<ArithCanonicalization.AddIAddConstantPattern>(patterns.Patterns[0]);
    }

    [Fact]
    public void DisabledPatternDoesNotApply()
    {
        // The canonicalizer's disable-patterns filters by the PDLL pattern's name.
        var context = OptMain.CreateContext(false);
        var patterns = new RewritePatternSet(context);
        ArithCanonicalization.AddPatterns(patterns, context);
        const string input = """
            func.func @f(%x: i32) -> i32 {
              %c1 = arith.constant 1 : i32
              %c2 = arith.constant 2 : i32
              %0 = arith.addi %x, %c1 : i32
              %1 = arith.addi %0, %c2 : i32
              return %1 : i32
            }
            """;
        var block = SourceParser.ParseSource(context, input, new ParserOptions { FileName = "input.mlir" })!;
        var func = block.FirstOp!;
        var frozen = new FrozenRewritePatternSet(patterns, disabledPatternLabels: ["AddIAddConstant"]);
        GreedyPatternRewriteDriver.ApplyPatternsGreedily(func, frozen, null, out bool changed);
        Assert.False(changed);
        GreedyPatternRewriteDriver.ApplyPatternsGreedily(func, new FrozenRewritePatternSet(patterns), null, out changed);
        Assert.True(changed);
        Assert.Contains("arith.constant 3 : i32", func.ToString());
    }

    [ToolFact("mlir-opt-22")]
    public void ExpectedOutputIsMlirOptsCanonicalization()
    {
        var run = ToolProcess.RunOnText("mlir-opt-22", ["--canonicalize"], File.ReadAllText(InputPath));
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(File.ReadAllText(ExpectedPath).Replace("\r\n", "\n"), run.Stdout.Replace("\r\n", "\n"));
    }
}
