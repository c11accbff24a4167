using System.IO;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Syntax;
using Dialectic.Dialects.Llvm;
using Dialectic.Tools.Opt;
using Xunit;

namespace Dialectic.Dialects.Tests.Llvm;

/// <summary>The llvm ops seen through their typed API after parsing, and dialectic-opt's round trip of them.</summary>
public sealed class LlvmOpTests
{
    private const string Program = """
        llvm.func @malloc(i64) -> !llvm.ptr
        llvm.func internal @f(%a: i32, %p: !llvm.ptr, %x: f32) -> i32 {
          %0 = llvm.add %a, %a overflow<nsw, nuw> : i32
          %1 = llvm.icmp "slt" %0, %a : i32
          %2 = llvm.fcmp "olt" %x, %x {fastmathFlags = #llvm.fastmath<fast>} : f32
          %3 = llvm.getelementptr inbounds|nuw %p[%a, 1] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.struct<(i32, f32)>
          %4 = llvm.load %3 {alignment = 4 : i64} : !llvm.ptr -> f32
          llvm.store %4, %p : f32, !llvm.ptr
          %5 = llvm.mlir.poison : !llvm.struct<(i32, f32)>
          %6 = llvm.insertvalue %a, %5[0] : !llvm.struct<(i32, f32)>
          %7 = llvm.extractvalue %6[1] : !llvm.struct<(i32, f32)>
          %8 = llvm.mlir.constant(8 : i64) : i64
          %9 = llvm.call @malloc(%8) : (i64) -> !llvm.ptr
          %10 = llvm.mlir.addressof @g : !llvm.ptr
          llvm.cond_br %1, ^bb1, ^bb2(%0 : i32)
        ^bb1:
          llvm.return %a : i32
        ^bb2(%r: i32):
          llvm.return %r : i32
        }
        llvm.mlir.global private constant @g(42 : i32) {addr_space = 0 : i32} : i32
        """;

    private static Block Parse(string text, Context context) =>
        SourceParser.ParseSource(context, text, new ParserOptions { FileName = "llvm-test.mlir" })
        ?? throw new System.InvalidOperationException("parse failed");

    private static T First<T>(Block block) where T : Operation
    {
        T? found = null;
        foreach (var top in block.Operations)
            top.Walk(op =>
            {
                if (found == null && op is T t)
                    found = t;
            }, WalkOrder.PreOrder);
        return found ?? throw new System.InvalidOperationException("no " + typeof(T).Name);
    }

    [Fact]
    public void ParsedOpsExposeTheirPropertiesThroughTypedAccessors()
    {
        var context = OptMain.CreateContext(false);
        var block = Parse(Program, context);

        var fn = First<LlvmFuncOp>(block);
        Assert.Equal("malloc", fn.SymName.Value);
        Assert.True(fn.IsExternal);
        Assert.Equal(Linkage.External, fn.Linkage.Value);
        Assert.Equal(CConv.C, fn.CConv.Value);

        var add = First<AddOp>(block);
        Assert.Equal(3, (long)add.OverflowFlags.SignedValue);
        Assert.Equal(ICmpPredicate.Slt, First<ICmpOp>(block).PredicateValue);
        var fcmp = First<FCmpOp>(block);
        Assert.Equal(FCmpPredicate.Olt, fcmp.PredicateValue);
        Assert.Equal(FastmathFlags.Fast, fcmp.FastmathFlags.Value);

        var gep = First<GEPOp>(block);
        Assert.Equal(7, (long)gep.NoWrapFlags.SignedValue);
        Assert.Equal([GEPOp.DynamicIndex, 1L], gep.RawConstantIndices.Raw.ToArray());
        Assert.Equal(1, gep.DynamicIndices.Length);
        Assert.IsType<LlvmStructType>(gep.ElemType.Value);

        Assert.Equal(4, (long)First<LoadOp>(block).Alignment!.SignedValue);
        Assert.Same(context.F32, First<ExtractValueOp>(block).Res.Type);
        Assert.Equal("malloc", First<CallOp>(block).Callee!.RootReference);
        var global = First<GlobalOp>(block);
        Assert.NotNull(global.Constant);
        Assert.Equal(Linkage.Private, global.Linkage.Value);
        Assert.Same(context.I(32), global.GlobalType.Value);
    }

    [Fact]
    public void FunctionTypeAndEntryBlockAgree()
    {
        var context = OptMain.CreateContext(false);
        var block = Parse(Program, context);
        LlvmFuncOp? f = null;
        foreach (var op in block.Operations)
            if (op is LlvmFuncOp { IsExternal: false } fn)
                f = fn;
        Assert.NotNull(f);
        var type = f!.Signature;
        Assert.Same(context.I(32), type.ReturnType);
        Assert.Equal(3, type.Params.Length);
        Assert.Same(LlvmPointerType.Get(context), type.Params[1]);
        Assert.Equal(3, f.Body.FirstBlock!.Arguments.Count);
        Assert.Equal(Linkage.Internal, f.Linkage.Value);
    }

    [Fact]
    public void DialecticOptPrintsTheProgramAsMlirOptDoes()
    {
        // The expected text is mlir-opt-22's output for Program.
        const string expected = """
            module {
              llvm.func @malloc(i64) -> !llvm.ptr
              llvm.func internal @f(%arg0: i32, %arg1: !llvm.ptr, %arg2: f32) -> i32 {
                %0 = llvm.add %arg0, %arg0 overflow<nsw, nuw> : i32
                %1 = llvm.icmp "slt" %0, %arg0 : i32
                %2 = llvm.fcmp "olt" %arg2, %arg2 {fastmathFlags = #llvm.fastmath<fast>} : f32
                %3 = llvm.getelementptr inbounds|nuw %arg1[%arg0, 1] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.struct<(i32, f32)>
                %4 = llvm.load %3 {alignment = 4 : i64} : !llvm.ptr -> f32
                llvm.store %4, %arg1 : f32, !llvm.ptr
                %5 = llvm.mlir.poison : !llvm.struct<(i32, f32)>
                %6 = llvm.insertvalue %arg0, %5[0] : !llvm.struct<(i32, f32)> 
                %7 = llvm.extractvalue %6[1] : !llvm.struct<(i32, f32)> 
                %8 = llvm.mlir.constant(8 : i64) : i64
                %9 = llvm.call @malloc(%8) : (i64) -> !llvm.ptr
                %10 = llvm.mlir.addressof @g : !llvm.ptr
                llvm.cond_br %1, ^bb1, ^bb2(%0 : i32)
              ^bb1:  // pred: ^bb0
                llvm.return %arg0 : i32
              ^bb2(%11: i32):  // pred: ^bb0
                llvm.return %11 : i32
              }
              llvm.mlir.global private constant @g(42 : i32) {addr_space = 0 : i32} : i32
            }


            """;
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int rc = OptMain.Run(["-"], new StringReader(Program), stdout, stderr);
        Assert.Equal("", stderr.ToString());
        Assert.Equal(0, rc);
        Assert.Equal(expected.Replace("\r\n", "\n"), stdout.ToString().Replace("\r\n", "\n"));
    }

    [Fact]
    public void VerifierErrorsAreDiagnosticsNotExceptions()
    {
        const string bad = """
            llvm.func @callee(i32) -> i32
            llvm.func @f(%x: f32) {
              %0 = llvm.call @callee(%x) : (f32) -> i32
              llvm.return
            }
            """;
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int rc = OptMain.Run(["-"], new StringReader(bad), stdout, stderr);
        Assert.Equal(1, rc);
        Assert.Contains("'llvm.call' op operand type mismatch for operand 0: 'f32' != 'i32'", stderr.ToString());
    }

    [Fact]
    public void TheDialectIsRegisteredInDialecticOpt()
    {
        var context = OptMain.CreateContext(false);
        Assert.IsType<LlvmDialect>(context.GetDialect("llvm"));
        Assert.Same(context.GetDialect("llvm"), LlvmDialect.Of(context));
        Assert.Same(IntegerAttr.Get(context.I(32), 0).Type, context.I(32));
        Assert.IsType<VectorType>(VectorType.Get([2], context.F32));
    }
}
