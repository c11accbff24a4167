using Dialectic.Tools.Run;
using Xunit;

namespace Dialectic.Dialects.Tests.Run;

/// <summary>The entry-function checks made on LLVM IR text before compiling, with mlir-runner-22's messages
/// (each message checked against mlir-runner-22's own output on the equivalent llvm-dialect function).</summary>
public sealed class LlvmIrEntryPointTests
{
    private const string Ir = """
        ; ModuleID = 'LLVMDialectModule'
        declare void @printI64(i64)

        declare i64 @external()

        define i64 @main() {
          ret i64 42
        }

        define dso_local noundef i32 @g() #0 {
          ret i32 -7
        }

        define float @f() {
          ret float 1.5
        }

        define double @d() {
          ret double 1.5
        }

        define void @v() {
          ret void
        }

        define i64 @args(i64 %0) {
          ret i64 %0
        }

        define { i64, i64 } @pair() {
          ret { i64, i64 } zeroinitializer
        }

        define i64 @"quoted name"() {
          ret i64 1
        }
        """;

    [Theory]
    [InlineData("main", EntryPointResult.I64)]
    [InlineData("g", EntryPointResult.I32)]
    [InlineData("f", EntryPointResult.F32)]
    [InlineData("d", EntryPointResult.F64)]
    [InlineData("v", EntryPointResult.Void)]
    [InlineData("quoted name", EntryPointResult.I64)]
    public void MatchingSignaturesPass(string name, EntryPointResult result) =>
        Assert.Null(LlvmIrEntryPoint.Check(Ir, name, result));

    [Theory]
    [InlineData("nope", EntryPointResult.I64, "entry point not found")]
    [InlineData("external", EntryPointResult.I64, "entry point not found")]
    [InlineData("printI64", EntryPointResult.Void, "entry point not found")]
    [InlineData("args", EntryPointResult.I64, "JIT can't invoke a main function expecting arguments")]
    [InlineData("args", EntryPointResult.Void, "JIT can't invoke a main function expecting arguments")]
    [InlineData("main", EntryPointResult.Void, "expected void function")]
    [InlineData("main", EntryPointResult.I32, "only single i32 function result supported")]
    [InlineData("g", EntryPointResult.I64, "only single i64 function result supported")]
    [InlineData("main", EntryPointResult.F32, "only single f32 function result supported")]
    [InlineData("pair", EntryPointResult.I64, "only single i64 function result supported")]
    public void MismatchesGetMlirRunnersMessages(string name, EntryPointResult result, string message) =>
        Assert.Equal(message, LlvmIrEntryPoint.Check(Ir, name, result));

    [Fact]
    public void NamePrefixesDoNotMatch() =>
        Assert.Equal("entry point not found", LlvmIrEntryPoint.Check(Ir, "mai", EntryPointResult.I64));
}
