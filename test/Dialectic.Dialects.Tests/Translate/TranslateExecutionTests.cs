using Dialectic.Tests.Shared;
using Xunit;

namespace Dialectic.Dialects.Tests.Translate;

/// <summary>
/// Executable differential tests: programs with a <c>main</c> returning i64 are translated by Dialectic and by
/// mlir-translate-22 and run with lli-22; exit code (main's result modulo 256) and output must agree. High-level
/// programs are lowered to the llvm dialect by mlir-opt-22 first.
/// </summary>
public sealed class TranslateExecutionTests
{
    public static TheoryData<string, string> Programs => new()
    {
        { "scf_memref_sum", """
            func.func @main() -> i64 {
              %c0 = arith.constant 0 : index
              %c1 = arith.constant 1 : index
              %c8 = arith.constant 8 : index
              %zero = arith.constant 0 : i64
              %m = memref.alloc() : memref<8xi64>
              scf.for %i = %c0 to %c8 step %c1 {
                %v = arith.index_cast %i : index to i64
                %sq = arith.muli %v, %v : i64
                memref.store %sq, %m[%i] : memref<8xi64>
              }
              %s = scf.for %i = %c0 to %c8 step %c1 iter_args(%acc = %zero) -> i64 {
                %v = memref.load %m[%i] : memref<8xi64>
                %n = arith.addi %acc, %v : i64
                scf.yield %n : i64
              }
              memref.dealloc %m : memref<8xi64>
              return %s : i64
            }
            """ },
        { "cf_same_successor", """
            func.func @pick(%c: i1, %a: i64, %b: i64) -> i64 {
              cf.cond_br %c, ^bb1(%a : i64), ^bb1(%b : i64)
            ^bb1(%x: i64):
              return %x : i64
            }
            func.func @main() -> i64 {
              %t = arith.constant true
              %f = arith.constant false
              %a = arith.constant 10 : i64
              %b = arith.constant 32 : i64
              %x = call @pick(%t, %a, %b) : (i1, i64, i64) -> i64
              %y = call @pick(%f, %a, %b) : (i1, i64, i64) -> i64
              %z = arith.muli %x, %y : i64
              return %z : i64
            }
            """ },
        { "cf_switch", """
            func.func @classify(%v: i32) -> i64 {
              %c7 = arith.constant 7 : i64
              cf.switch %v : i32, [
                default: ^bb3(%c7 : i64),
                0: ^bb1,
                -2: ^bb2
              ]
            ^bb1:
              %a = arith.constant 11 : i64
              return %a : i64
            ^bb2:
              %b = arith.constant 13 : i64
              cf.br ^bb3(%b : i64)
            ^bb3(%r: i64):
              return %r : i64
            }
            func.func @main() -> i64 {
              %c0 = arith.constant 0 : i32
              %cm2 = arith.constant -2 : i32
              %c5 = arith.constant 5 : i32
              %x = call @classify(%c0) : (i32) -> i64
              %y = call @classify(%cm2) : (i32) -> i64
              %z = call @classify(%c5) : (i32) -> i64
              %s = arith.addi %x, %y : i64
              %t = arith.muli %s, %z : i64
              return %t : i64
            }
            """ },
        { "math_intrinsics", """
            func.func @main() -> i64 {
              %x = arith.constant 2.25 : f64
              %y = arith.constant 3.0 : f64
              %s = math.sqrt %x : f64
              %f = math.fma %s, %y, %x : f64
              %a = math.absf %f : f64
              %c = math.ceil %a : f64
              %p = math.powf %c, %y : f64
              %i = arith.fptosi %p : f64 to i64
              %k = arith.constant -5 : i32
              %ab = math.absi %k : i32
              %ctl = math.ctlz %ab : i32
              %ext = arith.extsi %ctl : i32 to i64
              %r = arith.addi %i, %ext : i64
              %m = arith.maxsi %r, %ext : i64
              return %m : i64
            }
            """ },
        { "memref_2d_while", """
            func.func @main() -> i64 {
              %c0 = arith.constant 0 : index
              %c1 = arith.constant 1 : index
              %c3 = arith.constant 3 : index
              %m = memref.alloca() : memref<3x3xf32>
              scf.for %i = %c0 to %c3 step %c1 {
                scf.for %j = %c0 to %c3 step %c1 {
                  %s = arith.addi %i, %j : index
                  %v = arith.index_cast %s : index to i32
                  %f = arith.sitofp %v : i32 to f32
                  memref.store %f, %m[%i, %j] : memref<3x3xf32>
                }
              }
              %zero = arith.constant 0.0 : f32
              %r:2 = scf.while (%k = %c0, %acc = %zero) : (index, f32) -> (index, f32) {
                %lt = arith.cmpi slt, %k, %c3 : index
                scf.condition(%lt) %k, %acc : index, f32
              } do {
              ^bb0(%k: index, %acc: f32):
                %v = memref.load %m[%k, %k] : memref<3x3xf32>
                %n = arith.addf %acc, %v : f32
                %k1 = arith.addi %k, %c1 : index
                scf.yield %k1, %n : index, f32
              }
              %res = arith.fptosi %r#1 : f32 to i64
              return %res : i64
            }
            """ },
    };

    [ToolTheory(TranslateHarness.MlirOpt, TranslateHarness.MlirTranslate, TranslateHarness.Lli)]
    [MemberData(nameof(Programs))]
    public void LoweredProgramRunsLikeMlirTranslate(string name, string program)
    {
        string? lowered = TranslateHarness.Lower(program);
        Assert.True(lowered != null, name + ": mlir-opt-22 does not lower the program");
        AssertRunsAlike(name, lowered!);
    }

    private const string Printing = """
        llvm.func @printf(!llvm.ptr, ...) -> i32
        llvm.mlir.global private constant @fmt("%d %s %.3f\0A\00") {addr_space = 0 : i32}
        llvm.mlir.global private constant @word("hello\00") {addr_space = 0 : i32}
        llvm.mlir.global internal @counter(5 : i64) {alignment = 8 : i64} : i64
        llvm.mlir.global internal @table(dense<[3, 1, 4, 1, 5]> : tensor<5xi32>) : !llvm.array<5 x i32>
        llvm.mlir.global internal @pair() : !llvm.struct<(ptr, i64)> {
          %0 = llvm.mlir.zero : !llvm.struct<(ptr, i64)>
          %1 = llvm.mlir.addressof @counter : !llvm.ptr
          %2 = llvm.insertvalue %1, %0[0] : !llvm.struct<(ptr, i64)>
          %3 = llvm.mlir.constant(9 : i64) : i64
          %4 = llvm.insertvalue %3, %2[1] : !llvm.struct<(ptr, i64)>
          llvm.return %4 : !llvm.struct<(ptr, i64)>
        }
        llvm.func @main() -> i64 {
          %fmt = llvm.mlir.addressof @fmt : !llvm.ptr
          %word = llvm.mlir.addressof @word : !llvm.ptr
          %v = llvm.mlir.constant(42 : i32) : i32
          %d = llvm.mlir.constant(0.1 : f64) : f64
          %0 = llvm.call @printf(%fmt, %v, %word, %d) vararg(!llvm.func<i32 (ptr, ...)>) : (!llvm.ptr, i32, !llvm.ptr, f64) -> i32
          %pair = llvm.mlir.addressof @pair : !llvm.ptr
          %pp = llvm.load %pair : !llvm.ptr -> !llvm.ptr
          %cnt = llvm.load %pp {alignment = 8 : i64} : !llvm.ptr -> i64
          %f1 = llvm.getelementptr %pair[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<(ptr, i64)>
          %nine = llvm.load %f1 : !llvm.ptr -> i64
          %table = llvm.mlir.addressof @table : !llvm.ptr
          %i = llvm.mlir.constant(4 : i64) : i64
          %e = llvm.getelementptr inbounds %table[0, %i] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<5 x i32>
          %five = llvm.load %e : !llvm.ptr -> i32
          %five64 = llvm.sext %five : i32 to i64
          %s = llvm.add %cnt, %nine : i64
          %t = llvm.mul %s, %five64 overflow<nsw> : i64
          %vec = llvm.mlir.constant(dense<[1.5, 2.5]> : vector<2xf64>) : vector<2xf64>
          %sum = llvm.fadd %vec, %vec {fastmathFlags = #llvm.fastmath<contract>} : vector<2xf64>
          %c1 = llvm.mlir.constant(1 : i32) : i32
          %el = llvm.extractelement %sum[%c1 : i32] : vector<2xf64>
          %eli = llvm.fptosi %el : f64 to i64
          %r = llvm.add %t, %eli : i64
          llvm.return %r : i64
        }
        """;

    [ToolFact(TranslateHarness.MlirTranslate, TranslateHarness.Lli)]
    public void VariadicCallsGlobalsAndVectorsRunLikeMlirTranslate() => AssertRunsAlike("printing", Printing);

    private static void AssertRunsAlike(string name, string llvmMlir)
    {
        string? upstream = TranslateHarness.TranslateUpstream(llvmMlir);
        Assert.True(upstream != null, name + ": mlir-translate-22 rejects the program");
        string ours = TranslateHarness.Translate(llvmMlir);
        var expected = TranslateHarness.Execute(upstream!);
        var actual = TranslateHarness.Execute(ours);
        Assert.True(expected.ExitCode == actual.ExitCode && expected.Stdout == actual.Stdout,
            $"{name}: lli-22 exit {actual.ExitCode} (upstream {expected.ExitCode}), output '{actual.Stdout}' "
            + $"(upstream '{expected.Stdout}'), stderr {actual.Stderr}\nours:\n{ours}");
        Assert.Equal(expected.Stderr, actual.Stderr);
    }
}
