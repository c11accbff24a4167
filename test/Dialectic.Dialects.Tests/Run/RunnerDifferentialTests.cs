using Dialectic.Tests.Shared;
using Xunit;

namespace Dialectic.Dialects.Tests.Run;

/// <summary>
/// Differential tests against mlir-runner-22: the same llvm-dialect program runs under mlir-runner-22 (with MLIR's
/// own runner-utils libraries) and under dialectic-run (translated by mlir-translate-22, standing in for
/// Dialectic's translation; compiled by clang-22; linked against our runtime), and the outputs must be
/// byte-identical once memref base addresses are masked. mlir-runner writes the returned value through its own
/// stream buffer, which may reach a pipe before or after the program's C output; dialectic-run always prints it
/// last, so the result line is compared apart.
/// </summary>
public sealed class RunnerDifferentialTests
{
    private const string Scalars = """
        module {
          llvm.func @printI64(i64)
          llvm.func @printU64(i64)
          llvm.func @printF32(f32)
          llvm.func @printF64(f64)
          llvm.func @printOpen()
          llvm.func @printClose()
          llvm.func @printComma()
          llvm.func @printNewline()
          llvm.func @printString(!llvm.ptr)
          llvm.mlir.global internal constant @str("hello, world\0A\00") {addr_space = 0 : i32}
          llvm.func @f32s(%x: f32) {
            llvm.call @printF32(%x) : (f32) -> ()
            llvm.call @printComma() : () -> ()
            llvm.return
          }
          llvm.func @main() -> i64 {
            %min = llvm.mlir.constant(-9223372036854775808 : i64) : i64
            %m1 = llvm.mlir.constant(-1 : i64) : i64
            %z = llvm.mlir.constant(0 : i64) : i64
            llvm.call @printOpen() : () -> ()
            llvm.call @printI64(%min) : (i64) -> ()
            llvm.call @printComma() : () -> ()
            llvm.call @printI64(%m1) : (i64) -> ()
            llvm.call @printComma() : () -> ()
            llvm.call @printU64(%m1) : (i64) -> ()
            llvm.call @printComma() : () -> ()
            llvm.call @printI64(%z) : (i64) -> ()
            llvm.call @printClose() : () -> ()
            llvm.call @printNewline() : () -> ()
            %a = llvm.mlir.constant(1.5 : f32) : f32
            %b = llvm.mlir.constant(-0.0 : f32) : f32
            %c = llvm.mlir.constant(1.0e10 : f32) : f32
            %d = llvm.mlir.constant(0x7FC00000 : f32) : f32
            %e = llvm.mlir.constant(0xFF800000 : f32) : f32
            %f = llvm.mlir.constant(1.0e-5 : f32) : f32
            %g = llvm.mlir.constant(123456789.0 : f32) : f32
            %h = llvm.mlir.constant(0.1 : f32) : f32
            llvm.call @f32s(%a) : (f32) -> ()
            llvm.call @f32s(%b) : (f32) -> ()
            llvm.call @f32s(%c) : (f32) -> ()
            llvm.call @f32s(%d) : (f32) -> ()
            llvm.call @f32s(%e) : (f32) -> ()
            llvm.call @f32s(%f) : (f32) -> ()
            llvm.call @f32s(%g) : (f32) -> ()
            llvm.call @f32s(%h) : (f32) -> ()
            llvm.call @printNewline() : () -> ()
            %p = llvm.mlir.constant(2.5e300 : f64) : f64
            %q = llvm.mlir.constant(1.0e-310 : f64) : f64
            %r = llvm.mlir.constant(3.14159265358979 : f64) : f64
            %s = llvm.mlir.constant(0x7FF0000000000000 : f64) : f64
            llvm.call @printF64(%p) : (f64) -> ()
            llvm.call @printComma() : () -> ()
            llvm.call @printF64(%q) : (f64) -> ()
            llvm.call @printComma() : () -> ()
            llvm.call @printF64(%r) : (f64) -> ()
            llvm.call @printComma() : () -> ()
            llvm.call @printF64(%s) : (f64) -> ()
            llvm.call @printNewline() : () -> ()
            %addr = llvm.mlir.addressof @str : !llvm.ptr
            llvm.call @printString(%addr) : (!llvm.ptr) -> ()
            %ret = llvm.mlir.constant(7 : i64) : i64
            llvm.return %ret : i64
          }
          llvm.func @fres() -> f32 {
            %0 = llvm.mlir.constant(3.25e-3 : f32) : f32
            llvm.return %0 : f32
          }
        }
        """;

    // func/memref level: lowered to the llvm dialect by mlir-opt-22 first. Covers every element type's printing,
    // shape printing, strided views, memrefCopy (a copy between non-contiguous views) and the verifiers' stderr.
    private const string MemRefs = """
        func.func private @printMemrefI32(memref<*xi32>) attributes {llvm.emit_c_interface}
        func.func private @printMemrefF32(memref<*xf32>) attributes {llvm.emit_c_interface}
        func.func private @printMemrefF64(memref<*xf64>) attributes {llvm.emit_c_interface}
        func.func private @printMemrefI64(memref<*xi64>) attributes {llvm.emit_c_interface}
        func.func private @printMemrefI8(memref<*xi8>) attributes {llvm.emit_c_interface}
        func.func private @printMemrefI16(memref<*xi16>) attributes {llvm.emit_c_interface}
        func.func private @printMemrefF16(memref<*xf16>) attributes {llvm.emit_c_interface}
        func.func private @printMemrefBF16(memref<*xbf16>) attributes {llvm.emit_c_interface}
        func.func private @printMemrefInd(memref<*xindex>) attributes {llvm.emit_c_interface}
        func.func private @printMemrefShapeI32(memref<*xi32>) attributes {llvm.emit_c_interface}
        func.func private @verifyMemRefI32(memref<*xi32>, memref<*xi32>) -> i64 attributes {llvm.emit_c_interface}
        func.func private @verifyMemRefF32(memref<*xf32>, memref<*xf32>) -> i64 attributes {llvm.emit_c_interface}
        func.func private @printI64(i64)
        func.func private @printNewline()

        func.func @iota(%m: memref<4x5xi32>) {
          %c0 = arith.constant 0 : index
          %c1 = arith.constant 1 : index
          %c4 = arith.constant 4 : index
          %c5 = arith.constant 5 : index
          scf.for %i = %c0 to %c4 step %c1 {
            scf.for %j = %c0 to %c5 step %c1 {
              %k = arith.muli %i, %c5 : index
              %l = arith.addi %k, %j : index
              %v = arith.index_cast %l : index to i32
              %w = arith.muli %v, %v : i32
              memref.store %w, %m[%i, %j] : memref<4x5xi32>
            }
          }
          return
        }

        func.func @main() -> i64 {
          %c0 = arith.constant 0 : index
          %c1 = arith.constant 1 : index
          %c2 = arith.constant 2 : index
          %c3 = arith.constant 3 : index
          %a = memref.alloc() : memref<4x5xi32>
          call @iota(%a) : (memref<4x5xi32>) -> ()
          %u = memref.cast %a : memref<4x5xi32> to memref<*xi32>
          call @printMemrefI32(%u) : (memref<*xi32>) -> ()
          call @printMemrefShapeI32(%u) : (memref<*xi32>) -> ()
          // A strided view: rows 1..2, columns 1, 3 (offset 6, strides [5, 2]).
          %sv = memref.subview %a[1, 1] [2, 2] [1, 2] : memref<4x5xi32> to memref<2x2xi32, strided<[5, 2], offset: 6>>
          %svu = memref.cast %sv : memref<2x2xi32, strided<[5, 2], offset: 6>> to memref<*xi32>
          call @printMemrefI32(%svu) : (memref<*xi32>) -> ()
          // memref.copy between non-contiguous views goes through memrefCopy.
          %b = memref.alloc() : memref<4x5xi32>
          %zero = arith.constant 0 : i32
          linalg.fill ins(%zero : i32) outs(%b : memref<4x5xi32>)
          %dv = memref.subview %b[0, 0] [2, 2] [2, 3] : memref<4x5xi32> to memref<2x2xi32, strided<[10, 3]>>
          memref.copy %sv, %dv : memref<2x2xi32, strided<[5, 2], offset: 6>> to memref<2x2xi32, strided<[10, 3]>>
          %bu = memref.cast %b : memref<4x5xi32> to memref<*xi32>
          call @printMemrefI32(%bu) : (memref<*xi32>) -> ()
          %errs = call @verifyMemRefI32(%bu, %u) : (memref<*xi32>, memref<*xi32>) -> i64
          call @printI64(%errs) : (i64) -> ()
          call @printNewline() : () -> ()

          %f = memref.alloc() : memref<2x2x2xf32>
          %cf = arith.constant 1.25 : f32
          %cf2 = arith.constant -0.0 : f32
          %cf3 = arith.constant 1.0e10 : f32
          %cf4 = arith.constant 0x7FC00000 : f32
          %cf5 = arith.constant 0x7F800000 : f32
          %cf6 = arith.constant 3.0 : f32
          %cf7 = arith.constant 1.0e-5 : f32
          %cf8 = arith.constant 123456789.0 : f32
          memref.store %cf, %f[%c0, %c0, %c0] : memref<2x2x2xf32>
          memref.store %cf2, %f[%c0, %c0, %c1] : memref<2x2x2xf32>
          memref.store %cf3, %f[%c0, %c1, %c0] : memref<2x2x2xf32>
          memref.store %cf4, %f[%c0, %c1, %c1] : memref<2x2x2xf32>
          memref.store %cf5, %f[%c1, %c0, %c0] : memref<2x2x2xf32>
          memref.store %cf6, %f[%c1, %c0, %c1] : memref<2x2x2xf32>
          memref.store %cf7, %f[%c1, %c1, %c0] : memref<2x2x2xf32>
          memref.store %cf8, %f[%c1, %c1, %c1] : memref<2x2x2xf32>
          %fu = memref.cast %f : memref<2x2x2xf32> to memref<*xf32>
          call @printMemrefF32(%fu) : (memref<*xf32>) -> ()
          %g = memref.alloc() : memref<2x2x2xf32>
          memref.copy %f, %g : memref<2x2x2xf32> to memref<2x2x2xf32>
          %cg = arith.constant 1.0000001 : f32
          memref.store %cg, %g[%c0, %c0, %c0] : memref<2x2x2xf32>
          memref.store %cf6, %g[%c1, %c1, %c1] : memref<2x2x2xf32>
          %gu = memref.cast %g : memref<2x2x2xf32> to memref<*xf32>
          %ferrs = call @verifyMemRefF32(%gu, %fu) : (memref<*xf32>, memref<*xf32>) -> i64
          call @printI64(%ferrs) : (i64) -> ()
          call @printNewline() : () -> ()

          %s = memref.alloc() : memref<f64>
          %d = arith.constant 2.5e300 : f64
          memref.store %d, %s[] : memref<f64>
          %su = memref.cast %s : memref<f64> to memref<*xf64>
          call @printMemrefF64(%su) : (memref<*xf64>) -> ()

          %i8 = memref.alloc() : memref<3xi8>
          %i65 = arith.constant 65 : i8
          %i66 = arith.constant 66 : i8
          %i10 = arith.constant 10 : i8
          memref.store %i65, %i8[%c0] : memref<3xi8>
          memref.store %i10, %i8[%c1] : memref<3xi8>
          memref.store %i66, %i8[%c2] : memref<3xi8>
          %i8u = memref.cast %i8 : memref<3xi8> to memref<*xi8>
          call @printMemrefI8(%i8u) : (memref<*xi8>) -> ()

          %i16 = memref.alloc() : memref<2xi16>
          %s1 = arith.constant -300 : i16
          %s2 = arith.constant 32767 : i16
          memref.store %s1, %i16[%c0] : memref<2xi16>
          memref.store %s2, %i16[%c1] : memref<2xi16>
          %i16u = memref.cast %i16 : memref<2xi16> to memref<*xi16>
          call @printMemrefI16(%i16u) : (memref<*xi16>) -> ()

          %h = memref.alloc() : memref<3xf16>
          %h1 = arith.constant 1.5 : f16
          %h2 = arith.constant 6.0e-8 : f16
          %h3 = arith.constant 65504.0 : f16
          memref.store %h1, %h[%c0] : memref<3xf16>
          memref.store %h2, %h[%c1] : memref<3xf16>
          memref.store %h3, %h[%c2] : memref<3xf16>
          %hu = memref.cast %h : memref<3xf16> to memref<*xf16>
          call @printMemrefF16(%hu) : (memref<*xf16>) -> ()

          %bf = memref.alloc() : memref<2xbf16>
          %b1 = arith.constant 3.140625 : bf16
          %b2 = arith.constant -1.0e20 : bf16
          memref.store %b1, %bf[%c0] : memref<2xbf16>
          memref.store %b2, %bf[%c1] : memref<2xbf16>
          %bfu = memref.cast %bf : memref<2xbf16> to memref<*xbf16>
          call @printMemrefBF16(%bfu) : (memref<*xbf16>) -> ()

          %x = memref.alloc() : memref<2xindex>
          %big = arith.constant -1 : index
          memref.store %big, %x[%c0] : memref<2xindex>
          memref.store %c3, %x[%c1] : memref<2xindex>
          %xu = memref.cast %x : memref<2xindex> to memref<*xindex>
          call @printMemrefInd(%xu) : (memref<*xindex>) -> ()

          %e2 = memref.alloc() : memref<1x1x1xi64>
          %c9 = arith.constant 9 : i64
          memref.store %c9, %e2[%c0, %c0, %c0] : memref<1x1x1xi64>
          %eu2 = memref.cast %e2 : memref<1x1x1xi64> to memref<*xi64>
          call @printMemrefI64(%eu2) : (memref<*xi64>) -> ()
          %r = arith.constant 0 : i64
          return %r : i64
        }
        """;

    // Ranked descriptors (_mlir_ciface_printMemref<N>d<T>), an aligned allocation, and shape printing.
    private const string RankedMemRefs = """
        func.func private @printMemref0dF32(memref<f32>) attributes {llvm.emit_c_interface}
        func.func private @printMemref1dF32(memref<?xf32>) attributes {llvm.emit_c_interface}
        func.func private @printMemref2dF32(memref<?x?xf32>) attributes {llvm.emit_c_interface}
        func.func private @printMemref1dI64(memref<?xi64>) attributes {llvm.emit_c_interface}
        func.func private @printMemref1dI8(memref<?xi8>) attributes {llvm.emit_c_interface}
        func.func private @printMemrefShapeF32(memref<*xf32>) attributes {llvm.emit_c_interface}
        func.func private @printMemrefShapeI64(memref<*xi64>) attributes {llvm.emit_c_interface}
        func.func @main() {
          %c0 = arith.constant 0 : index
          %c1 = arith.constant 1 : index
          %c2 = arith.constant 2 : index
          %f = arith.constant 2.5 : f32
          %g = arith.constant -7.25 : f32
          %s = memref.alloc() : memref<f32>
          memref.store %f, %s[] : memref<f32>
          call @printMemref0dF32(%s) : (memref<f32>) -> ()
          %v = memref.alloc(%c2) : memref<?xf32>
          memref.store %f, %v[%c0] : memref<?xf32>
          memref.store %g, %v[%c1] : memref<?xf32>
          call @printMemref1dF32(%v) : (memref<?xf32>) -> ()
          %m = memref.alloc(%c2, %c2) {alignment = 64} : memref<?x?xf32>
          memref.store %f, %m[%c0, %c0] : memref<?x?xf32>
          memref.store %g, %m[%c0, %c1] : memref<?x?xf32>
          memref.store %g, %m[%c1, %c0] : memref<?x?xf32>
          memref.store %f, %m[%c1, %c1] : memref<?x?xf32>
          call @printMemref2dF32(%m) : (memref<?x?xf32>) -> ()
          %mu = memref.cast %m : memref<?x?xf32> to memref<*xf32>
          call @printMemrefShapeF32(%mu) : (memref<*xf32>) -> ()
          %i = memref.alloc(%c1) : memref<?xi64>
          %k = arith.constant -5 : i64
          memref.store %k, %i[%c0] : memref<?xi64>
          call @printMemref1dI64(%i) : (memref<?xi64>) -> ()
          %iu = memref.cast %i : memref<?xi64> to memref<*xi64>
          call @printMemrefShapeI64(%iu) : (memref<*xi64>) -> ()
          %b = memref.alloc(%c2) : memref<?xi8>
          %x = arith.constant 104 : i8
          %y = arith.constant 105 : i8
          memref.store %x, %b[%c0] : memref<?xi8>
          memref.store %y, %b[%c1] : memref<?xi8>
          call @printMemref1dI8(%b) : (memref<?xi8>) -> ()
          return
        }
        """;

    private static readonly string[] Lowering =
    [
        "--convert-linalg-to-loops", "--arith-expand", "--convert-scf-to-cf", "--convert-math-to-llvm",
        "--expand-strided-metadata", "--finalize-memref-to-llvm", "--convert-arith-to-llvm",
        "--convert-index-to-llvm", "--convert-cf-to-llvm", "--convert-func-to-llvm", "--reconcile-unrealized-casts",
    ];

    [ToolFact(RunHarness.Clang, RunHarness.Runner, RunHarness.Translate)]
    public void ScalarPrintsMatch() => AssertSameRun(Scalars, "main", "i64");

    [ToolFact(RunHarness.Clang, RunHarness.Runner, RunHarness.Translate)]
    public void F32ResultMatches() => AssertSameRun(Scalars, "fres", "f32");

    [ToolFact(RunHarness.Clang, RunHarness.Runner, RunHarness.Translate, RunHarness.Opt)]
    public void MemRefPrintsMatch() => AssertSameRun(RunHarness.Lower(MemRefs, Lowering), "main", "i64");

    [ToolFact(RunHarness.Clang, RunHarness.Runner, RunHarness.Translate, RunHarness.Opt)]
    public void RankedMemRefPrintsMatch() => AssertSameRun(RunHarness.Lower(RankedMemRefs, Lowering), "main", "void");

    [ToolTheory(RunHarness.Clang, RunHarness.Runner, RunHarness.Translate)]
    [InlineData("nope", "i64")]
    [InlineData("f32s", "void")]
    [InlineData("main", "void")]
    [InlineData("main", "i32")]
    [InlineData("main", "f32")]
    [InlineData("fres", "i64")]
    [InlineData("main", "f16")]
    [InlineData("printI64", "void")]
    public void EntryPointErrorsMatch(string entry, string type) => AssertSameRun(Scalars, entry, type);

    private static void AssertSameRun(string llvmMlir, string entry, string type)
    {
        string? difference = RunHarness.CompareWithMlirRunner(llvmMlir, entry, type);
        Assert.True(difference == null, difference);
    }
}
