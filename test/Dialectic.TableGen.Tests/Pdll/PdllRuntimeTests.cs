using System;
using System.IO;
using System.Reflection;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Builtin;
using Dialectic.Core.Rewrite;
using Dialectic.Core.Syntax;
using Xunit;

namespace Dialectic.TableGen.Tests.Pdll;

/// <summary>
/// The sample patterns (<c>Inputs/Patterns.pdll</c>) compiled with their dialect into an assembly and applied
/// greedily to IR: typed matching of registered ops, generic matching of unregistered ones, ranges, native
/// constraints and rewrites, literals, erasure and multi-value replacement behave as written.
/// </summary>
public sealed class PdllRuntimeTests
{
    private static readonly Lazy<Assembly> Sample = new(() =>
    {
        var (_, output, errors) = PdllHarness.Run(PdllHarness.Input("Patterns.pdll"), PdllHarness.Input("SampleOps.cs.txt"));
        Assert.Empty(errors);
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return Assembly.Load(image.ToArray());
    });

    /// <summary>Parses <paramref name="ir"/> (generic form) into a module, applies every sample pattern (or only
    /// <paramref name="only"/>) greedily, and prints the module's body in generic form.</summary>
    private static string Apply(string ir, string? only = null)
    {
        var context = new Context { AllowUnregisteredDialects = true };
        var dialect = (Dialect)Activator.CreateInstance(Sample.Value.GetType("Sample.Pdll.SmpDialect")!, context)!;
        context.RegisterDialect(dialect);
        var block = SourceParser.ParseSource(context, ir, new ParserOptions { FileName = "input.mlir" });
        Assert.NotNull(block);
        var module = ModuleOp.Create(context.UnknownLoc);
        while (block!.FirstOp is { } op)
        {
            op.Remove();
            module.Body.Append(op);
        }
        var patterns = new RewritePatternSet(context);
        Sample.Value.GetType("Sample.Pdll.SamplePatterns")!.GetMethod("AddPatterns")!.Invoke(null, [patterns, context]);
        var frozen = only == null
            ? new FrozenRewritePatternSet(patterns)
            : new FrozenRewritePatternSet(patterns, enabledPatternLabels: [only]);
        GreedyPatternRewriteDriver.ApplyPatternsGreedily(module, frozen, null, out _);
        var text = new StringWriter();
        AsmPrinter.PrintTopLevel(module, text, new PrintingFlags { PrintGenericOpForm = true });
        return text.ToString().Replace("\r\n", "\n").TrimEnd('\n');
    }

    [Fact]
    public void TypedPatternBuildsAConstantFromALiteral() => Assert.Equal("""
        "builtin.module"() ({
          %0 = "smp.constant"() <{value = 0 : i32}> : () -> i32
          %1 = "ext.src"() : () -> i32
          "ext.use"(%0) : (i32) -> ()
        }) : () -> ()
        """, Apply("""
        %x = "ext.src"() : () -> i32
        %n = "smp.neg"(%x) : (i32) -> i32
        %a = "smp.add"(%x, %n) : (i32, i32) -> i32
        "ext.use"(%a) : (i32) -> ()
        """));

    [Fact]
    public void NativeConstraintsAndRewritesRun() => Assert.Equal("""
        "builtin.module"() ({
          %0 = "smp.constant"() <{value = -7 : i32}> : () -> i32
          %1 = "ext.src"() : () -> i32
          %2 = "smp.add"(%1, %0) : (i32, i32) -> i32
          "ext.use"(%2) : (i32) -> ()
        }) : () -> ()
        """, Apply("""
        %x = "ext.src"() : () -> i32
        %c = "smp.constant"() <{value = 0 : i32}> : () -> i32
        %c7 = "smp.constant"() <{value = 7 : i32}> : () -> i32
        %a = "smp.add"(%x, %c) : (i32, i32) -> i32
        %n = "smp.neg"(%c7) : (i32) -> i32
        %t = "smp.add"(%a, %n) <{tag = "t"}> : (i32, i32) -> i32
        "ext.use"(%t) : (i32) -> ()
        """));

    [Fact]
    public void FailedConstraintLeavesTheIrAlone()
    {
        const string input = """
            %x = "ext.src"() : () -> i32
            %c = "smp.constant"() <{value = 7 : i32}> : () -> i32
            %a = "smp.add"(%x, %c) : (i32, i32) -> i32
            "ext.use"(%a) : (i32) -> ()
            """;
        Assert.Contains("\"smp.add\"(%1, %0)", Apply(input, only: "AddZero"));
    }

    [Fact]
    public void VariadicGroupsMatchAsRanges() => Assert.Equal("""
        "builtin.module"() ({
          %0 = "ext.src"() : () -> i32
          %1 = "ext.src"() : () -> i64
          %2 = "smp.neg"(%0) : (i32) -> i32
          %3 = "smp.pack"(%2, %1, %1) : (i32, i64, i64) -> i32
          "ext.use"(%3) : (i32) -> ()
        }) : () -> ()
        """, Apply("""
        %x = "ext.src"() : () -> i32
        %y = "ext.src"() : () -> i64
        %p = "smp.pack"(%x, %y, %y) {smp.mark} : (i32, i64, i64) -> i32
        "ext.use"(%p) : (i32) -> ()
        """));

    [Fact]
    public void UnregisteredOpsMatchByName() => Assert.Equal("""
        "builtin.module"() ({
          %0 = "ext.src"() : () -> i32
          %1 = "ext.src"() : () -> f32
          %2:2 = "ext.unwrap"(%0, %1) {kind = 3 : i64, marker} : (i32, f32) -> (i32, f32)
          "ext.dead"(%0, %1) : (i32, f32) -> ()
          %3 = "ext.sink"(%1) : (f32) -> f32
          "ext.use"(%2#0, %2#1, %0, %0, %3) : (i32, f32, i32, i32, f32) -> ()
        }) : () -> ()
        """, Apply("""
        %x = "ext.src"() : () -> i32
        %y = "ext.src"() : () -> f32
        %w:2 = "ext.wrap"(%x, %y) {kind = 3} : (i32, f32) -> (i32, f32)
        "ext.dead"(%x) : (i32) -> ()
        "ext.dead"(%x, %y) : (i32, f32) -> ()
        %s:2 = "ext.pair"(%x, %x) : (i32, i32) -> (i32, i32)
        %k = "ext.op"(%y) {sink} : (f32) -> f32
        "ext.use"(%w#0, %w#1, %s#0, %s#1, %k) : (i32, f32, i32, i32, f32) -> ()
        """));
}
