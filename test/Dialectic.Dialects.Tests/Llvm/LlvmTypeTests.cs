using Dialectic.Core.IR;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Syntax;
using Dialectic.Dialects.Llvm;
using Dialectic.Tools.Opt;
using Xunit;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Tests.Llvm;

/// <summary>The llvm types: uniquing, printing as mlir-opt-22 does, parsing back, and the type errors.</summary>
public sealed class LlvmTypeTests
{
    private static Context NewContext() => OptMain.CreateContext(false);

    [Fact]
    public void TypesAreUniquedInTheirContext()
    {
        var context = NewContext();
        Assert.Same(LlvmPointerType.Get(context), LlvmPointerType.Get(context, 0));
        Assert.NotSame(LlvmPointerType.Get(context), LlvmPointerType.Get(context, 1));
        var i64 = context.I(64);
        var array = LlvmArrayType.Get(i64, 2);
        Assert.Same(array, LlvmArrayType.Get(i64, 2));
        var ptr = LlvmPointerType.Get(context);
        var descriptor = LlvmStructType.GetLiteral(context, [ptr, ptr, i64, array, array]);
        Assert.Same(descriptor, LlvmStructType.GetLiteral(context, [ptr, ptr, i64, array, array]));
        Assert.NotSame(descriptor, LlvmStructType.GetLiteral(context, [ptr, ptr, i64, array, array], packed: true));
        Assert.Same(LlvmFunctionType.Get(i64, [ptr], isVarArg: true), LlvmFunctionType.Get(i64, [ptr], isVarArg: true));
        Assert.Same(LlvmPrimitiveType.GetVoid(context), LlvmPrimitiveType.Get(context, "void"));
    }

    [Fact]
    public void NestedLlvmTypesPrintWithoutTheirPrefix()
    {
        var context = NewContext();
        var i64 = context.I(64);
        var ptr = LlvmPointerType.Get(context);
        var array = LlvmArrayType.Get(i64, 2);
        Assert.Equal("!llvm.ptr", ptr.ToString());
        Assert.Equal("!llvm.ptr<3>", LlvmPointerType.Get(context, 3).ToString());
        Assert.Equal("!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>",
            LlvmStructType.GetLiteral(context, [ptr, ptr, i64, array, array]).ToString());
        Assert.Equal("!llvm.func<void (ptr, ...)>",
            LlvmFunctionType.Get(LlvmPrimitiveType.GetVoid(context), [ptr], isVarArg: true).ToString());
        Assert.Equal("!llvm.func<i32 (...)>", LlvmFunctionType.Get(context.I(32), [], isVarArg: true).ToString());
        var vector = VectorType.Get([4], context.F32);
        Assert.Equal("!llvm.struct<packed (i8, vector<4xf32>)>",
            LlvmStructType.GetLiteral(context, [context.I(8), vector], packed: true).ToString());
    }

    [Fact]
    public void IdentifiedStructsKeepOneBodyPerName()
    {
        var context = NewContext();
        var i32 = context.I(32);
        var s = LlvmStructType.GetIdentified(context, "node", [i32]);
        Assert.NotNull(s);
        Assert.Equal("!llvm.struct<\"node\", (i32)>", s!.ToString());
        Assert.Same(s, LlvmStructType.GetIdentified(context, "node", [i32]));
        Assert.Null(LlvmStructType.GetIdentified(context, "node", [context.I(64)]));
        Assert.Equal("!llvm.struct<\"opaque_t\", opaque>", LlvmStructType.GetOpaque(context, "opaque_t")!.ToString());
        Assert.Null(LlvmStructType.GetOpaque(context, "node"));
    }

    [Theory]
    [InlineData("!llvm.ptr")]
    [InlineData("!llvm.ptr<1>")]
    [InlineData("!llvm.void")]
    [InlineData("!llvm.token")]
    [InlineData("!llvm.array<4 x i32>")]
    [InlineData("!llvm.array<2 x array<3 x ptr>>")]
    [InlineData("!llvm.struct<()>")]
    [InlineData("!llvm.struct<(i32, f64)>")]
    [InlineData("!llvm.struct<packed (i8, i32)>")]
    [InlineData("!llvm.struct<\"name\", (i32, ptr)>")]
    [InlineData("!llvm.struct<\"name2\", packed (i8)>")]
    [InlineData("!llvm.struct<\"opaque\", opaque>")]
    [InlineData("!llvm.func<i32 (i32, ptr, ...)>")]
    [InlineData("!llvm.func<struct<(i32, f64)> (array<2 x i64>)>")]
    [InlineData("!llvm.struct<(vector<4xf32>, tuple<i32>, memref<2xf32>)>")]
    public void TypesRoundTripThroughTheirText(string text)
    {
        var context = NewContext();
        var type = SourceParser.ParseType(context, text);
        Assert.NotNull(type);
        Assert.IsAssignableFrom<LlvmType>(type);
        Assert.Equal(text, type!.ToString());
        Assert.Same(type, SourceParser.ParseType(context, type.ToString()));
    }

    [Theory]
    [InlineData("!llvm.ptr<0>", "!llvm.ptr")]
    [InlineData("!llvm.array<2 x !llvm.ptr>", "!llvm.array<2 x ptr>")]
    [InlineData("!llvm.struct<(  i32 ,f64 )>", "!llvm.struct<(i32, f64)>")]
    [InlineData("!llvm.func<void(...)>", "!llvm.func<void (...)>")]
    public void EquivalentSpellingsPrintCanonically(string text, string expected)
    {
        var type = SourceParser.ParseType(NewContext(), text);
        Assert.Equal(expected, type?.ToString());
    }

    [Theory]
    [InlineData("!llvm.vec<4 x i32>", "unknown LLVM type: vec")]
    [InlineData("!llvm.array<4 x void>", "invalid array element type: '!llvm.void'")]
    [InlineData("!llvm.struct<(void)>", "invalid LLVM structure element type: '!llvm.void'")]
    [InlineData("!llvm.func<void (void)>", "invalid function argument type: '!llvm.void'")]
    [InlineData("!llvm.func<func<void ()> ()>", "invalid function result type: '!llvm.func<void ()>'")]
    [InlineData("!llvm.struct<\"baz\">", "struct without a body only allowed in a recursive struct")]
    [InlineData("!llvm.array<4xi32>", "expected 'x'")]
    [InlineData("!llvm.ptr<a>", "expected integer value")]
    [InlineData("!llvm.func<i32>", "expected '('")]
    public void InvalidTypesAreLocatedErrors(string text, string message)
    {
        var context = NewContext();
        Type? type = SourceParser.ParseType(context, text);
        Assert.Null(type);
        Assert.Contains(context.Diagnostics.Unhandled, d => d.ToString().Contains(message));
    }

    [Fact]
    public void DeeplyNestedTypesAreADiagnosticNotACrash()
    {
        var context = NewContext();
        var text = "!llvm." + string.Concat(System.Linq.Enumerable.Repeat("array<1 x ", 2000)) + "i8"
            + new string('>', 2000);
        Assert.Null(SourceParser.ParseType(context, text));
        Assert.NotEmpty(context.Diagnostics.Unhandled);
    }
}
