using Xunit;

namespace Dialectic.Dialects.Tests.Translate;

/// <summary>The translation's output for small llvm-dialect inputs (no external tools needed).</summary>
public sealed class LlvmIrExportTests
{
    private static string Body(string mlir)
    {
        string ir = TranslateHarness.Translate(mlir);
        Assert.StartsWith("; ModuleID = 'LLVMDialectModule'\nsource_filename = \"LLVMDialectModule\"\n", ir);
        return ir;
    }

    [Fact]
    public void ArgumentsBlocksAndValuesAreNumberedAsLlvmReadsThem()
    {
        string ir = Body("""
            llvm.func @f(%a: i32, %b: i32) -> i32 {
              %0 = llvm.add %a, %b overflow<nsw, nuw> : i32
              llvm.br ^bb1(%0 : i32)
            ^bb1(%x: i32):
              %1 = llvm.mul %x, %a : i32
              llvm.return %1 : i32
            }
            """);
        Assert.Contains("""
            define i32 @f(i32 %0, i32 %1) {
              %3 = add nuw nsw i32 %0, %1
              br label %4

            4:
              %5 = phi i32 [ %3, %2 ]
              %6 = mul i32 %5, %0
              ret i32 %6
            }

            """.Replace("\r", ""), ir);
    }

    [Fact]
    public void RepeatedSuccessorWithArgumentsGetsItsOwnBlock()
    {
        string ir = Body("""
            llvm.func @f(%c: i1, %a: i32, %b: i32) -> i32 {
              llvm.cond_br %c, ^bb1(%a : i32), ^bb1(%b : i32)
            ^bb1(%x: i32):
              llvm.return %x : i32
            }
            """);
        Assert.Contains("br i1 %0, label %4, label %6", ir);
        Assert.Contains("%5 = phi i32 [ %2, %6 ], [ %1, %3 ]", ir);
        Assert.Contains("6:\n  br label %4\n}", ir);
    }

    [Fact]
    public void ConstantsAreInlinedInLlvmSpelling()
    {
        string ir = Body("""
            llvm.func @f() -> f64 {
              %0 = llvm.mlir.constant(1.5 : f64) : f64
              %1 = llvm.mlir.constant(0.1 : f64) : f64
              %2 = llvm.fadd %0, %1 : f64
              %3 = llvm.mlir.constant(0x7FF0000000000000 : f64) : f64
              %4 = llvm.fmul %2, %3 {fastmathFlags = #llvm.fastmath<nnan, contract>} : f64
              %5 = llvm.mlir.constant(dense<[1, -2]> : vector<2xi8>) : vector<2xi8>
              %6 = llvm.mlir.constant(true) : i1
              %7 = llvm.mlir.zero : !llvm.ptr
              %8 = llvm.mlir.constant(1.0 : f16) : f16
              %9 = llvm.fadd %8, %8 : f16
              %10 = llvm.add %5, %5 : vector<2xi8>
              %11 = llvm.select %6, %7, %7 : i1, !llvm.ptr
              llvm.return %4 : f64
            }
            """);
        Assert.Contains("%1 = fadd double 1.500000e+00, 1.000000e-01", ir);
        Assert.Contains("%2 = fmul nnan contract double %1, 0x7FF0000000000000", ir);
        Assert.Contains("fadd half 0xH3C00, 0xH3C00", ir);
        Assert.Contains("add <2 x i8> <i8 1, i8 -2>, <i8 1, i8 -2>", ir);
        Assert.Contains("select i1 true, ptr null, ptr null", ir);
    }

    [Fact]
    public void GlobalsTypesAndIntrinsicDeclarations()
    {
        string ir = Body("""
            llvm.mlir.global private constant @s("a\"b\0A\00") {addr_space = 0 : i32}
            llvm.mlir.global internal @g(7 : i64) {alignment = 8 : i64} : i64
            llvm.mlir.global external @e() : i32
            llvm.mlir.global internal @u() : !llvm.struct<"T", (i32, ptr)>
            llvm.func @f(%p: !llvm.ptr<1>, %x: f32) -> f32 {
              %0 = llvm.intr.sqrt(%x) : (f32) -> f32
              %1 = llvm.intr.fma(%0, %x, %x) : (f32, f32, f32) -> f32
              llvm.return %1 : f32
            }
            """);
        Assert.Contains("%T = type { i32, ptr }\n", ir);
        Assert.Contains("@s = private constant [5 x i8] c\"a\\22b\\0A\\00\"\n", ir);
        Assert.Contains("@g = internal global i64 7, align 8\n", ir);
        Assert.Contains("@e = external global i32\n", ir);
        Assert.Contains("@u = internal global %T undef\n", ir);
        Assert.Contains("define float @f(ptr addrspace(1) %0, float %1) {", ir);
        Assert.Contains("%3 = call float @llvm.sqrt.f32(float %1)", ir);
        Assert.Contains("\ndeclare float @llvm.sqrt.f32(float)\n", ir);
        Assert.Contains("\ndeclare float @llvm.fma.f32(float, float, float)\n", ir);
    }

    [Fact]
    public void GepLoadStoreAndCalls()
    {
        string ir = Body("""
            llvm.func @callee(i64) -> !llvm.ptr
            llvm.func @printf(!llvm.ptr, ...) -> i32
            llvm.func @f(%p: !llvm.ptr, %i: i64) {
              %0 = llvm.getelementptr inbounds|nuw %p[%i, 2] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.struct<(i32, i64, f32)>
              %1 = llvm.load volatile %0 {alignment = 4 : i64} : !llvm.ptr -> f32
              llvm.store %1, %p : f32, !llvm.ptr
              %2 = llvm.call @callee(%i) : (i64) -> !llvm.ptr
              %3 = llvm.call @printf(%2, %i) vararg(!llvm.func<i32 (ptr, ...)>) : (!llvm.ptr, i64) -> i32
              %4 = llvm.call %p(%i) : !llvm.ptr, (i64) -> !llvm.ptr
              llvm.return
            }
            """);
        Assert.Contains("declare ptr @callee(i64)\n", ir);
        Assert.Contains("declare i32 @printf(ptr, ...)\n", ir);
        Assert.Contains("%3 = getelementptr inbounds nuw { i32, i64, float }, ptr %0, i64 %1, i32 2", ir);
        Assert.Contains("%4 = load volatile float, ptr %3, align 4", ir);
        Assert.Contains("store float %4, ptr %0\n", ir);
        Assert.Contains("%5 = call ptr @callee(i64 %1)", ir);
        Assert.Contains("%6 = call i32 (ptr, ...) @printf(ptr %5, i64 %1)", ir);
        Assert.Contains("%7 = call ptr %0(i64 %1)", ir);
        Assert.Contains("ret void", ir);
    }

    [Fact]
    public void NonLlvmOpIsALocatedErrorInMlirWording()
    {
        var r = TranslateHarness.Run(["--mlir-to-llvmir", "-"], "llvm.func @f() {\n  %0 = arith.constant 1 : i32\n  llvm.return\n}\n");
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("<stdin>:2:8: error: cannot be converted to LLVM IR: missing `LLVMTranslationDialectInterface` "
            + "registration for dialect for op: arith.constant", r.Stderr);
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public void NonLlvmTopLevelOpIsAnError()
    {
        var r = TranslateHarness.Run(["-"], "func.func @f() {\n  return\n}\n");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("<stdin>:1:1: error: cannot be converted to LLVM IR: missing `LLVMTranslationDialectInterface` "
            + "registration for dialect for op: func.func", r.Stderr);
    }
}
