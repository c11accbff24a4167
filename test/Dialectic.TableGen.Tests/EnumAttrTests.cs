using System.Linq;
using Dialectic.Core.IR;
using Dialectic.Tests.Shared;
using Dialectic.TableGen.Tests.SampleDialect;
using Xunit;

namespace Dialectic.TableGen.Tests;

/// <summary>
/// Generated enum helpers and enum attributes (SampleDialect/ArithEnums.cs): keywords, bit-enum printing as
/// mlir-tblgen's stringify does, the <c>#arith.overflow</c>/<c>#arith.fastmath</c> attributes, and
/// <c>arith.cmpi</c>'s predicate in its assembly format, against mlir-opt.
/// </summary>
public sealed class EnumAttrTests
{
    [Theory]
    [InlineData(CmpIPredicate.Eq, "eq")]
    [InlineData(CmpIPredicate.Slt, "slt")]
    [InlineData(CmpIPredicate.Uge, "uge")]
    public void IntegerEnumKeywordsRoundTrip(CmpIPredicate value, string keyword)
    {
        Assert.Equal(keyword, value.ToKeyword());
        Assert.True(CmpIPredicateSyntax.TryParse(keyword, out var back));
        Assert.Equal(value, back);
        Assert.False(CmpIPredicateSyntax.TryParse("foo", out _));
    }

    [Theory]
    [InlineData("none", "none")]
    [InlineData("nnan", "nnan")]
    [InlineData("nnan,ninf", "nnan,ninf")]
    [InlineData("nnan, reassoc", "reassoc,nnan")]
    [InlineData("reassoc,nnan,ninf,nsz,arcp,contract,afn", "fast")]
    [InlineData("fast,nnan", "fast")]
    [InlineData("none,nnan", "nnan")]
    [InlineData("contract,afn,arcp", "arcp,contract,afn")]
    public void FastMathPrintsAsMlir(string text, string printed)
    {
        Assert.True(FastMathFlagsSyntax.TryParse(text, out var value));
        Assert.Equal(printed, value.ToKeyword());
    }

    [Fact]
    public void OverflowAttributeIsUniquedAndPrints()
    {
        var ctx = new Context();
        var a = IntegerOverflowFlagsAttr.Get(ctx, IntegerOverflowFlags.Nsw | IntegerOverflowFlags.Nuw);
        Assert.Same(a, IntegerOverflowFlagsAttr.Get(ctx, IntegerOverflowFlags.Nuw | IntegerOverflowFlags.Nsw));
        Assert.Equal("#arith.overflow<nsw, nuw>", a.ToString());
        Assert.Equal("#arith.overflow<none>", IntegerOverflowFlagsAttr.Get(ctx, IntegerOverflowFlags.None).ToString());
        Assert.False(FastMathFlagsSyntax.TryParse("nnan,bogus", out _));
    }

    private const string Generic = """
        "builtin.module"() ({
          %0:2 = "t.src"() : () -> (i32, index)
          %1 = "arith.cmpi"(%0#0, %0#0) <{predicate = 2 : i64}> : (i32, i32) -> i1
          %2 = "arith.cmpi"(%0#1, %0#1) <{predicate = 9 : i64}> {x = #arith.overflow<nuw,nsw>} : (index, index) -> i1
          %3 = "arith.cmpi"(%0#0, %0#0) <{predicate = 0 : i64}> : (i32, i32) -> i1
          "t.use"(%1, %2, %3) {a = #arith.overflow<none>, b = #arith.overflow<nuw>, c = #arith.fastmath<nnan,ninf>, d = #arith.fastmath<reassoc,nnan,ninf,nsz,arcp,contract,afn>, e = #arith.fastmath<none>} : (i1, i1, i1) -> ()
        }) : () -> ()
        """;

    [ToolTheory("mlir-opt-22")]
    [InlineData(false)]
    [InlineData(true)]
    public void PrintsByteIdenticallyToMlirOpt(bool generic)
    {
        string[] args = generic ? ["--allow-unregistered-dialect", "--mlir-print-op-generic"] : ["--allow-unregistered-dialect"];
        var expected = ToolProcess.RunOnText("mlir-opt-22", args, Generic);
        Assert.Equal(0, expected.ExitCode);
        string mlir = expected.Stdout.TrimEnd('\n') + "\n";
        var (output, errors) = SampleDialectTests.RoundTrip(Generic, generic);
        Assert.Empty(errors);
        Assert.Equal(mlir, output);
        var (again, errors2) = SampleDialectTests.RoundTrip(mlir, generic);
        Assert.Empty(errors2);
        Assert.Equal(mlir, again);
    }
}
