using System.Numerics;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Syntax;
using Dialectic.Dialects.Arith;
using Dialectic.Tools.Opt;
using Xunit;

namespace Dialectic.Dialects.Tests.Arith;

/// <summary>The arith dialect's API beyond its syntax: constant materialization and builders, the enum attributes
/// and keywords other dialects use.</summary>
public sealed class ArithDialectTests
{
    private static (Context Context, OpBuilder Builder) NewBuilder()
    {
        var context = OptMain.CreateContext(false);
        var builder = new OpBuilder(context);
        builder.SetInsertionPointToEnd(new Block());
        return (context, builder);
    }

    [Fact]
    public void MaterializeConstantBuildsArithConstantsOfTheValuesType()
    {
        var (context, builder) = NewBuilder();
        var dialect = context.GetDialect("arith")!;
        var i32 = context.I(32);
        var op = dialect.MaterializeConstant(builder, IntegerAttr.Get(i32, 7), i32, context.UnknownLoc);
        var constant = Assert.IsType<ConstantOp>(op);
        Assert.Equal("%c7_i32 = arith.constant 7 : i32", constant.ToString());
        var f16 = FloatType.Get(context, FloatKind.F16);
        Assert.IsType<ConstantOp>(dialect.MaterializeConstant(builder, FloatAttr.Get(f16, 1.5), f16,
            context.UnknownLoc));
        // The type must be the value's, and integers signless.
        Assert.Null(dialect.MaterializeConstant(builder, IntegerAttr.Get(i32, 7), context.I(64), context.UnknownLoc));
        var si8 = IntegerType.Get(context, 8, Signedness.Signed);
        Assert.Null(dialect.MaterializeConstant(builder, IntegerAttr.Get(si8, 1), si8, context.UnknownLoc));
        Assert.Null(dialect.MaterializeConstant(builder, StringAttr.Get(context, "x"), context.NoneType,
            context.UnknownLoc));
    }

    [Fact]
    public void ConstantBuildersNameTheirResultsAsUpstream()
    {
        var (context, builder) = NewBuilder();
        var loc = context.UnknownLoc;
        Assert.Equal("%c-3 = arith.constant -3 : index", ConstantOp.CreateIndex(builder, loc, -3).ToString());
        Assert.Equal("%c-1_i8 = arith.constant -1 : i8", ConstantOp.CreateInt(builder, loc, context.I(8),
            new BigInteger(255)).ToString());
        Assert.Equal("%true = arith.constant true", ConstantOp.CreateInt(builder, loc, context.I(1),
            BigInteger.One).ToString());
        Assert.Equal("%cst = arith.constant 2.500000e-01 : f32", ConstantOp.CreateFloat(builder, loc, context.F32,
            0.25).ToString());
    }

    [Theory]
    [InlineData("#arith.overflow<nsw, nuw>", "#arith.overflow<nsw, nuw>")]
    [InlineData("#arith.overflow<nuw,nsw>", "#arith.overflow<nsw, nuw>")]
    [InlineData("#arith.overflow<none>", "#arith.overflow<none>")]
    [InlineData("#arith.fastmath<nnan, ninf>", "#arith.fastmath<nnan,ninf>")]
    [InlineData("#arith.fastmath<reassoc,nnan,ninf,nsz,arcp,contract,afn>", "#arith.fastmath<fast>")]
    [InlineData("#arith.fastmath<fast,none>", "#arith.fastmath<fast>")]
    public void EnumAttributesPrintAsMlirDoes(string text, string printed)
    {
        var context = OptMain.CreateContext(false);
        var attr = SourceParser.ParseAttribute(context, text);
        Assert.NotNull(attr);
        Assert.Equal(printed, attr!.ToString());
    }

    [Fact]
    public void EnumKeywordsRoundTrip()
    {
        foreach (AtomicRMWKind kind in System.Enum.GetValues<AtomicRMWKind>())
        {
            Assert.True(AtomicRMWKindSyntax.TryParse(kind.ToKeyword(), out var back));
            Assert.Equal(kind, back);
        }
        Assert.Equal("minnumf", AtomicRMWKind.Minnumf.ToKeyword());
        Assert.Equal("to_nearest_away", RoundingMode.ToNearestAway.ToKeyword());
        Assert.Equal("false", CmpFPredicate.AlwaysFalse.ToKeyword());
        Assert.Equal("uge", CmpIPredicate.Uge.ToKeyword());
    }

    [Fact]
    public void ReductionIdentitiesAreUpstreams()
    {
        var context = OptMain.CreateContext(false);
        var i8 = context.I(8);
        Assert.Equal("0 : i8", ArithIdentities.Get(AtomicRMWKind.Addi, i8)!.ToString());
        Assert.Equal("-1 : i8", ArithIdentities.Get(AtomicRMWKind.Andi, i8)!.ToString());
        Assert.Equal("-128 : i8", ArithIdentities.Get(AtomicRMWKind.Maxs, i8)!.ToString());
        Assert.Equal("127 : i8", ArithIdentities.Get(AtomicRMWKind.Mins, i8)!.ToString());
        Assert.Equal("-1 : i8", ArithIdentities.Get(AtomicRMWKind.Minu, i8)!.ToString());
        Assert.Equal("1 : index", ArithIdentities.Get(AtomicRMWKind.Muli, context.IndexType)!.ToString());
        Assert.Equal("0xFF800000 : f32", ArithIdentities.Get(AtomicRMWKind.Maximumf, context.F32)!.ToString());
        Assert.Equal("-3.40282347E+38 : f32", ArithIdentities.Get(AtomicRMWKind.Maximumf, context.F32, true)!.ToString());
        Assert.Equal("0x7F800000 : f32", ArithIdentities.Get(AtomicRMWKind.Minimumf, context.F32)!.ToString());
        Assert.Equal("0xFFC00000 : f32", ArithIdentities.Get(AtomicRMWKind.Maxnumf, context.F32)!.ToString());
        Assert.Equal("1.000000e+00 : f64", ArithIdentities.Get(AtomicRMWKind.Mulf, context.F64)!.ToString());
        Assert.Null(ArithIdentities.Get(AtomicRMWKind.Assign, i8));
        Assert.Null(ArithIdentities.Get(AtomicRMWKind.Addf, i8));
    }

    [Fact]
    public void PredicatesInvertAndSwap()
    {
        foreach (CmpIPredicate p in System.Enum.GetValues<CmpIPredicate>())
        {
            Assert.Equal(p, CmpIPredicates.Invert(CmpIPredicates.Invert(p)));
            Assert.Equal(p, CmpIPredicates.Swap(CmpIPredicates.Swap(p)));
        }
        Assert.Equal(CmpIPredicate.Sge, CmpIPredicates.Invert(CmpIPredicate.Slt));
        Assert.Equal(CmpIPredicate.Ugt, CmpIPredicates.Swap(CmpIPredicate.Ult));
        Assert.Equal(CmpIPredicate.Eq, CmpIPredicates.Swap(CmpIPredicate.Eq));
    }
}
