using System.Collections.Generic;
using System.IO;
using Dialectic.Core.IR;
using Dialectic.Core.Support;
using Dialectic.Core.Syntax;
using Dialectic.Core.Verification;
using Dialectic.TableGen.Tests.SampleDialect;
using Xunit;

namespace Dialectic.TableGen.Tests;

/// <summary>
/// End to end: the sample <c>test</c> dialect (SampleDialect/) is compiled through the generator as an analyzer;
/// these tests parse, verify and print IR with it through Core's parser, verifier and printer.
/// </summary>
public sealed class SampleDialectTests
{
    private static Context NewContext()
    {
        var ctx = new Context { AllowUnregisteredDialects = true };
        ctx.RegisterDialect(new TestDialect(ctx));
        ctx.RegisterDialect(new ArithSubsetDialect(ctx));
        return ctx;
    }

    /// <summary>Parses, verifies and prints custom form; the diagnostics when any step fails.</summary>
    internal static (string Output, List<string> Errors) RoundTrip(string source, bool generic = false)
    {
        var ctx = NewContext();
        var errors = new List<string>();
        using var handler = ctx.Diagnostics.AddHandler(d =>
        {
            errors.Add(d.Message);
            return true;
        });
        var block = SourceParser.ParseSource(ctx, source, new ParserOptions { FileName = "t.mlir" });
        if (block == null)
            return ("", errors);
        var op = block.FirstOp!;
        op.Remove();
        if (!Verifier.Verify(op))
            return ("", errors);
        var sw = new StringWriter();
        BigStack.Run(() =>
        {
            AsmPrinter.PrintTopLevel(op, sw, new PrintingFlags { PrintGenericOpForm = generic });
            return 0;
        });
        return (sw.ToString(), errors);
    }

    private const string Custom = """
        module {
          %0:2 = "t.src"() : () -> (i32, f32)
          %1 = test.add %0#0, %0#0 : i32
          %2 = test.cast %1 : i32 to i64
          %3:2 = test.call @callee(%1, %2) : (i32, i64) -> (i32, i64)
          %4 = test.call @other() {priority = 3 : i64} : () -> f32
          %5 = test.wrap bound %6 : index unrolled {
            test.return %0#1 : f32
          } : f32
          %6 = "t.index"() : () -> index
          %7 = test.wrap {
            test.return %1, %2 : i32, i64
          } {note = 1 : i32} : f32
          %8 = test.wrap {
            test.return
          } : f32
          %9 = test.tagged tag(5 : i64) %1 <{note = "n"}> {x} : i32
          %10 = test.tagged tag(6 : i64) %1 : i32
          %c42_i16 = test.constant 42 : i16
        }

        """;

    [Fact]
    public void CustomFormRoundTrips()
    {
        var (output, errors) = RoundTrip(Custom);
        Assert.Equal([], errors);
        Assert.Equal(Custom.Replace("\r\n", "\n"), output);
    }

    [Fact]
    public void GenericFormHoldsInherentAttributesAsProperties()
    {
        var (output, errors) = RoundTrip(Custom, generic: true);
        Assert.Equal([], errors);
        // A property with a default is always held (MLIR default-initializes property storage).
        Assert.Contains("\"test.call\"(%1, %2) <{callee = @callee, priority = 0 : i64}> : (i32, i64) -> (i32, i64)", output);
        Assert.Contains("<{callee = @other, priority = 3 : i64}>", output);
        var (again, errors2) = RoundTrip(output);
        Assert.Empty(errors2);
        Assert.Equal(Custom.Replace("\r\n", "\n"), again);
    }

    [Theory]
    [InlineData("%0 = \"test.add\"(%a, %a) : (f32, f32) -> f32", "'test.add' op operand #0 must be signless-integer-like, but got 'f32'")]
    [InlineData("%0 = \"test.add\"(%i, %i, %i) : (i32, i32, i32) -> i32", "'test.add' op expected 2 operands, but found 3")]
    [InlineData("%0 = \"test.add\"(%i, %i) : (i32, i32) -> i64", "'test.add' op requires the same type for all operands and results")]
    [InlineData("\"test.add\"(%i, %i) : (i32, i32) -> ()", "'test.add' op requires one result")]
    [InlineData("%0 = \"test.call\"() : () -> i32", "'test.call' op requires attribute 'callee'")]
    [InlineData("%0 = \"test.call\"() <{callee = \"f\"}> : () -> i32", "invalid properties {callee = \"f\"} for op test.call: Invalid attribute `callee` in property conversion: \"f\"")]
    [InlineData("\"test.return\"(%i, %i, %i, %i, %i) : (i32, i32, i32, i32, i32) -> ()", "'test.return' op returns at most 4 values")]
    [InlineData("%0 = \"test.wrap\"(%i) ({}) : (i32) -> f32", "'test.wrap' op operand #0 must be index, but got 'i32'")]
    [InlineData("%0 = \"test.wrap\"() ({}) : () -> f32", "'test.wrap' op region #0 ('body') failed to verify constraint: region with 1 blocks")]
    [InlineData("%0 = \"test.wrap\"() : () -> f32", "'test.wrap' op requires one region")]
    [InlineData("%0 = \"test.constant\"() <{value = 1 : i8}> : () -> i16", "'test.constant' op requires attribute's type to match op's return type")]
    [InlineData("%0 = \"test.wrap\"() ({ ^bb0: \"test.return\"() : () -> () }) : () -> i32", "'test.wrap' op result #0 must be floating-point, but got 'i32'")]
    public void VerifierUsesMlirWording(string op, string expected)
    {
        string source = "module {\n%a, %i = \"t.src\"() : () -> (f32, i32)\n" + op + "\n}\n";
        var (_, errors) = RoundTrip(source);
        Assert.Equal([expected], errors);
    }

    [Theory]
    [InlineData("%0 = test.add %i %i : i32", "expected ','")]
    [InlineData("%0 = test.cast %i : i32 into i64", "expected 'to'")]
    [InlineData("%0 = test.call @f(%i) : i32", "invalid kind of type specified")]
    [InlineData("%0 = test.call @f(%i) : (i32, i32) -> i32", "custom op 'test.call' number of operands and types do not match: got 1 operands and 2 types")]
    public void CustomSyntaxErrors(string op, string expected)
    {
        string source = "module {\n%i = \"t.src\"() : () -> i32\n" + op + "\n}\n";
        var (_, errors) = RoundTrip(source);
        Assert.Single(errors);
        Assert.Contains(expected, errors[0]);
    }

    [Fact]
    public void BuilderAndAccessors()
    {
        var ctx = NewContext();
        var builder = new OpBuilder(ctx);
        var module = Core.IR.Builtin.ModuleOp.Create(ctx.UnknownLoc);
        builder.SetInsertionPointToEnd(module.Body);
        var src = Operation.Create(new OperationState(ctx.UnknownLoc, "t.src") { ResultTypes = { ctx.I(32) } });
        builder.Insert(src);
        var add = AddOp.Create(builder, ctx.UnknownLoc, src.GetResult(0), src.GetResult(0));
        Assert.Same(ctx.I(32), add.Result.Type);
        Assert.Same(src.GetResult(0), add.Lhs);
        var call = CallOp.Create(builder, ctx.UnknownLoc, [ctx.I(32), ctx.F32], [add.Result, src.GetResult(0)],
            Core.IR.Attributes.SymbolRefAttr.Get(ctx, "f"));
        Assert.Equal(2, call.Args.Length);
        Assert.Equal(2, call.Outputs.Length);
        Assert.Equal(0, (int)call.Priority.Value);
        Assert.True(Verifier.Verify(module));
        Assert.Equal("""
            module {
              %0 = "t.src"() : () -> i32
              %1 = test.add %0, %0 : i32
              %2:2 = test.call @f(%1, %0) : (i32, i32) -> (i32, f32)
            }
            """, module.ToString());
    }

    [Fact]
    public void DialectDocumentationIsGenerated()
    {
        string doc = TestDialect.OperationDocumentation;
        Assert.StartsWith("# 'test' Dialect\n\n## Operations\n\n### `test.add` (AddOp)\n\n_Integer addition_\n\n", doc);
        Assert.Contains("operation ::= `test.add` $lhs `,` $rhs attr-dict `:` type($result)", doc);
        Assert.Contains("Adds two signless-integer-like values.", doc);
    }

    [Fact]
    public void GeneratedInterfaceHooksReachCore()
    {
        var ctx = NewContext();
        var block = SourceParser.ParseSource(ctx, """
            "t.func"() ({
            ^bb0(%x: i32):
              %0 = "test.effects"(%x) : (i32) -> i32
              %1 = "test.effects"(%0) : (i32) -> i32
              %2 = "test.effects"(%1) : (i32) -> i32
              "t.use"(%2) : (i32) -> ()
            }) : () -> ()
            """, new ParserOptions { FileName = "t.mlir" })!;
        var func = block.FirstOp!;
        func.Remove();
        var first = func.Regions[0].FirstBlock!.FirstOp!;
        Assert.True(Dialectic.Core.Interfaces.SideEffects.HasEffect(first, Dialectic.Core.Interfaces.MemoryEffectKind.Read));
        Assert.True(Dialectic.Core.Interfaces.SideEffects.IsSpeculatable(first));
        Assert.True(EffectsOp.Info.HasCanonicalizer);
        var patterns = Dialectic.Core.Rewrite.CanonicalizationPatterns.Collect(ctx);
        var names = new List<string>();
        foreach (var p in patterns.Patterns)
            names.Add(p.DebugName);
        Assert.Equal(["collapse-effects", "EffectsOp.Canonicalize"], names);
        int before = EffectsOp.CanonicalizeCalls;
        Assert.True(Dialectic.Core.Rewrite.GreedyPatternRewriteDriver.ApplyPatternsGreedily(func,
            new Dialectic.Core.Rewrite.FrozenRewritePatternSet(patterns)));
        Assert.True(EffectsOp.CanonicalizeCalls > before);
        // The chain collapsed to the first read, which the use keeps.
        Assert.Equal("""
            "t.func"() ({
            ^bb0(%arg0: i32):
              %0 = "test.effects"(%arg0) : (i32) -> i32
              "t.use"(%0) : (i32) -> ()
            }) : () -> ()
            """, AsmPrinter.OperationToString(func));
    }
}
