using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Syntax;
using FuncDialect = Dialectic.Dialects.Func.FuncDialect;
using Dialectic.Dialects.Index;
using Xunit;
using Attribute = Dialectic.Core.IR.Attribute;

namespace Dialectic.Dialects.Tests.Index;

/// <summary>
/// Index folds that mlir-opt cannot show (casts from index to an integer fold, but the index dialect does not
/// materialize integer constants), and the dialect's constant materialization.
/// </summary>
public sealed class IndexFoldTests
{
    private static Context NewContext()
    {
        var context = new Context();
        context.RegisterDialect(new FuncDialect(context));
        context.RegisterDialect(new IndexDialect(context));
        return context;
    }

    /// <summary>Folds <c>index.{op} (value : index) to {type}</c>; the printed constant or null.</summary>
    private static string? FoldCast(string op, long value, string type)
    {
        var context = NewContext();
        var module = SourceParser.ParseSource(context,
            $"func.func @f(%a: index) -> {type} {{\n  %r = index.{op} %a : index to {type}\n  return %r : {type}\n}}",
            new ParserOptions { FileName = "cast.mlir" });
        Assert.NotNull(module);
        Operation? cast = null;
        foreach (var top in module!.Operations)
            top.Walk(o =>
            {
                if (o.Name.Name == "index." + op)
                    cast = o;
            });
        var results = new List<OpFoldResult>();
        var constant = IntegerAttr.Get(context.IndexType, value);
        bool folded = cast!.Name.Info!.Fold!(cast, new Attribute?[] { constant }, results);
        return folded ? results[0].Attribute!.ToString() : null;
    }

    [Theory]
    // To at most 32 bits the cast is a truncation, whatever the index width.
    [InlineData("casts", -1L, "i32", "-1 : i32")]
    [InlineData("castu", -1L, "i32", "-1 : i32")]
    [InlineData("casts", 4294967301L, "i8", "5 : i8")]
    // To 64 bits and more: only when the value is the extension of its low 32 bits.
    [InlineData("casts", -1L, "i64", "-1 : i64")]
    [InlineData("castu", -1L, "i64", null)]
    [InlineData("castu", 5L, "i64", "5 : i64")]
    [InlineData("casts", 4294967296L, "i64", null)]
    [InlineData("castu", 2147483648L, "i128", "2147483648 : i128")]
    [InlineData("casts", 2147483648L, "i128", null)]
    [InlineData("casts", -7L, "i128", "-7 : i128")]
    // Between 32 and 64 bits: truncation and extension of the low 32 bits must agree.
    [InlineData("casts", -5L, "i48", "-5 : i48")]
    [InlineData("castu", -5L, "i48", null)]
    [InlineData("castu", 4294967295L, "i48", "4294967295 : i48")]
    public void CastsFromIndexFoldOnlyWidthIndependentResults(string op, long value, string type, string? expected) =>
        Assert.Equal(expected, FoldCast(op, value, type));

    [Fact]
    public void MaterializesIndexAndBoolConstants()
    {
        var context = NewContext();
        var dialect = context.GetDialect("index")!;
        var region = new Region();
        var builder = new OpBuilder(context);
        builder.SetInsertionPointToEnd(builder.CreateBlock(region));
        var loc = context.UnknownLoc;

        var index = dialect.MaterializeConstant(builder, IntegerAttr.Get(context.IndexType, 42), context.IndexType, loc);
        Assert.IsType<ConstantOp>(index);
        Assert.Equal(42, (long)((ConstantOp)index!).Value.SignedValue);

        var boolean = dialect.MaterializeConstant(builder, IntegerAttr.GetBool(context, true), context.I(1), loc);
        Assert.IsType<BoolConstantOp>(boolean);
        Assert.True(((BoolConstantOp)boolean!).Value);

        // An i32 constant, or a bool for a non-i1 type, is not the index dialect's to build.
        Assert.Null(dialect.MaterializeConstant(builder, IntegerAttr.Get(context.I(32), 1), context.I(32), loc));
        Assert.Null(dialect.MaterializeConstant(builder, IntegerAttr.GetBool(context, true), context.IndexType, loc));
    }
}
