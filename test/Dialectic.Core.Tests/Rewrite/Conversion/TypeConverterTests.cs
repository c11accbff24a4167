using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite.Conversion;
using Xunit;
using static Dialectic.Core.Tests.Rewrite.Conversion.ConversionTestSupport;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Core.Tests.Rewrite.Conversion;

/// <summary>Type conversion callbacks: order, 1:N, failure, caching, legality, signatures, materializations.</summary>
public sealed class TypeConverterTests
{
    [Fact]
    public void TheLastAddedConversionIsTriedFirst()
    {
        var context = NewContext();
        var converter = new TypeConverter();
        converter.AddConversion(t => t);
        converter.AddConversion((IntegerType t) => t.Width == 1 ? null : context.I(64));
        Assert.Same(context.I(64), converter.ConvertType(context.I(32)));
        // The integer callback declines i1: the identity callback takes it.
        Assert.Same(context.I(1), converter.ConvertType(context.I(1)));
        Assert.Same(context.F32, converter.ConvertType(context.F32));
        Assert.Same(context.I(64), converter.ConvertType<IntegerType>(context.I(8)));
        Assert.Null(converter.ConvertType<FloatType>(context.I(8)));
    }

    [Fact]
    public void OneToManyAndFailingConversions()
    {
        var context = NewContext();
        var converter = new TypeConverter();
        converter.AddConversion(t => t);
        converter.AddConversion((IntegerType t, List<Type> results) =>
        {
            if (t.Width == 128)
            {
                results.Add(context.I(64));
                results.Add(context.I(64));
                return true;
            }
            return t.Width == 7 ? false : null;
        });
        var results = new List<Type>();
        Assert.True(converter.ConvertType(context.I(128), results));
        Assert.Equal<Type>([context.I(64), context.I(64)], results);
        Assert.Null(converter.ConvertType(context.I(128)));
        Assert.False(converter.ConvertType(context.I(7), results));
        Assert.Null(converter.ConvertType(context.I(7)));
        Assert.False(converter.IsLegal(context.I(7)));
        Assert.True(converter.IsLegal(context.I(8)));

        results.Clear();
        Assert.True(converter.ConvertTypes([context.I(8), context.I(128)], results));
        Assert.Equal(3, results.Count);
        Assert.False(converter.ConvertTypes([context.I(7)], results));
    }

    [Fact]
    public void ConversionsAreCachedUntilACallbackIsAdded()
    {
        var context = NewContext();
        var converter = new TypeConverter();
        int calls = 0;
        converter.AddConversion(t =>
        {
            calls++;
            return t;
        });
        converter.ConvertType(context.I(8));
        converter.ConvertType(context.I(8));
        Assert.Equal(1, calls);
        converter.AddConversion((IndexType _) => context.I(64));
        converter.ConvertType(context.I(8));
        Assert.Equal(2, calls);
    }

    [Fact]
    public void LegalityOfOpsRegionsAndSignatures()
    {
        var context = NewContext();
        var converter = IndexToI64(context);
        var func = Parse(context, """
            func.func @f(%a: index, %b: i32) -> i32 {
              %0 = arith.addi %b, %b : i32
              %1 = arith.index_cast %a : index to i32
              return %0 : i32
            }
            """);
        Assert.True(converter.IsLegal(RewriteTestSupport.Find(func, "arith.addi")[0]));
        Assert.False(converter.IsLegal(RewriteTestSupport.Find(func, "arith.index_cast")[0]));
        Assert.False(converter.IsLegal(func.Regions[0]));
        var signature = ((Dialects.Func.FuncOp)func).Signature;
        Assert.False(converter.IsSignatureLegal(signature));
        Assert.True(converter.IsSignatureLegal(FunctionType.Get(context, [context.I(64)], [context.I(32)])));

        var conversion = converter.ConvertBlockSignature(func.Regions[0].FirstBlock!)!;
        Assert.Equal<Type>([context.I(64), context.I(32)], conversion.ConvertedTypes);
        var shifted = new SignatureConversion(3);
        shifted.AddInputs(0, context.F32);
        Assert.True(converter.ConvertSignatureArgs(signature.Inputs, shifted, origInputOffset: 1));
        Assert.Equal(new SignatureInputMapping(2, 1, null), shifted.GetInputMapping(2));
    }

    [Fact]
    public void MaterializationsAreTriedLastAddedFirst()
    {
        var context = NewContext();
        var converter = IndexToI64(context);
        Assert.False(converter.HasMaterializations);
        var block = new Block();
        var arg = block.AddArgument(context.I(64), context.UnknownLoc);
        var builder = new OpBuilder(context);
        builder.SetInsertionPointToEnd(block);
        var order = new List<string>();
        converter.AddSourceMaterialization((b, type, inputs, loc) =>
        {
            order.Add("first");
            return b.Create(new OperationState(loc, "test.cast") { Operands = { inputs[0] }, ResultTypes = { type } }).GetResult(0);
        });
        converter.AddSourceMaterialization((_, _, _, _) =>
        {
            order.Add("second");
            return null;
        });
        var value = converter.MaterializeSourceConversion(builder, context.UnknownLoc, context.IndexType, [arg]);
        Assert.Equal(["second", "first"], order);
        Assert.Same(context.IndexType, value!.Type);
        Assert.Null(converter.MaterializeTargetConversion(builder, context.UnknownLoc, [context.I(64)], [value]));
    }
}
