using System.Linq;
using Dialectic.Tests.Shared;
using Xunit;

namespace Dialectic.TableGen.Tests;

/// <summary>
/// Generated syntax and verifiers against mlir-opt: <c>arith.addi</c>, <c>arith.extui</c> and <c>arith.select</c>
/// (whose upstream syntax is hand-written, so only its verifier is compared), re-declared in SampleDialect/, must
/// print byte-identically and reject invalid IR with the same message.
/// </summary>
public sealed class MlirOptDifferentialTests
{
    private const string Generic = """
        "builtin.module"() ({
          %0:4 = "t.src"() : () -> (i32, i1, vector<4xi32>, vector<4xi1>)
          %1 = "arith.addi"(%0#0, %0#0) : (i32, i32) -> i32
          %2 = "arith.extui"(%1) : (i32) -> i64
          %3 = "arith.addi"(%0#2, %0#2) {tag = 1 : i32} : (vector<4xi32>, vector<4xi32>) -> vector<4xi32>
          %4 = "arith.extui"(%0#3) {a = "x", b} : (vector<4xi1>) -> vector<4xi8>
          %5 = "arith.addi"(%0#2, %3) : (vector<4xi32>, vector<4xi32>) -> vector<4xi32> loc("here.mlir":3:4)
          %6 = "arith.addi"(%0#0, %1) <{overflowFlags = #arith.overflow<nsw, nuw>}> : (i32, i32) -> i32
          %7 = "arith.addi"(%0#0, %6) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
          %8 = "arith.addi"(%0#0, %7) <{overflowFlags = #arith.overflow<nuw>}> {x = 1 : i32} : (i32, i32) -> i32
          %9:2 = "t.floats"() : () -> (f64, vector<2xf64>)
          %10 = "arith.truncf"(%9#0) <{roundingmode = 3 : i32}> : (f64) -> f32
          %11 = "arith.truncf"(%9#1) <{fastmath = #arith.fastmath<nnan,contract>}> : (vector<2xf64>) -> vector<2xf32>
          %12 = "arith.truncf"(%9#0) <{roundingmode = 0 : i32, fastmath = #arith.fastmath<fast>}> : (f64) -> f16
          %13 = "arith.truncf"(%9#0) <{fastmath = #arith.fastmath<none>}> : (f64) -> f16
          "t.use"(%2, %4, %5, %8, %10, %11, %12, %13) : (i64, vector<4xi8>, vector<4xi32>, i32, f32, vector<2xf32>, f16, f16) -> ()
        }) : () -> ()
        """;

    [ToolFact("mlir-opt-22")]
    public void CustomFormIsByteIdentical()
    {
        var expected = ToolProcess.RunOnText("mlir-opt-22", ["--allow-unregistered-dialect"], Generic);
        Assert.Equal(0, expected.ExitCode);
        string mlir = expected.Stdout.TrimEnd('\n') + "\n";
        var (output, errors) = SampleDialectTests.RoundTrip(Generic);
        Assert.Empty(errors);
        Assert.Equal(mlir, output);
        // And what mlir-opt prints, we parse back to the same text.
        var (again, errors2) = SampleDialectTests.RoundTrip(mlir);
        Assert.Empty(errors2);
        Assert.Equal(mlir, again);
    }

    [ToolTheory("mlir-opt-22")]
    [InlineData("%r = \"arith.addi\"(%f, %f) : (f32, f32) -> f32")]
    [InlineData("%r = \"arith.addi\"(%i, %i, %i) : (i32, i32, i32) -> i32")]
    [InlineData("\"arith.addi\"(%i, %i) : (i32, i32) -> ()")]
    [InlineData("%r = \"arith.addi\"(%i, %i) : (i32, i32) -> i64")]
    [InlineData("%r = \"arith.select\"(%i, %i, %i) : (i32, i32, i32) -> i32")]
    [InlineData("%r = \"arith.select\"(%b, %i, %i) : (i1, i32, i32) -> f32")]
    [InlineData("%r = \"arith.select\"(%b, %i) : (i1, i32) -> i32")]
    [InlineData("%r = \"arith.extui\"(%i) : (i32) -> i16")]
    [InlineData("%r = \"arith.extui\"(%i) : (i32) -> vector<2xi64>")]
    [InlineData("%r = \"arith.extui\"(%f) : (f32) -> i64")]
    [InlineData("%r = \"arith.truncf\"(%f) <{roundingmode = 9 : i32}> : (f32) -> f16")]
    [InlineData("%r = \"arith.truncf\"(%f) <{roundingmode = 1 : i64}> : (f32) -> f16")]
    [InlineData("%r = \"arith.cmpi\"(%i, %i) <{predicate = 10 : i64}> : (i32, i32) -> i1")]
    public void VerifierMessagesMatch(string op)
    {
        string source = "\"builtin.module\"() ({\n  %f, %i, %b = \"t.src\"() : () -> (f32, i32, i1)\n  " + op + "\n}) : () -> ()\n";
        var expected = ToolProcess.RunOnText("mlir-opt-22", ["--allow-unregistered-dialect"], source);
        Assert.NotEqual(0, expected.ExitCode);
        string mlirMessage = expected.Stderr.Split('\n').First(l => l.Contains("error: "));
        mlirMessage = mlirMessage.Substring(mlirMessage.IndexOf("error: ") + "error: ".Length);
        var (_, errors) = SampleDialectTests.RoundTrip(source);
        Assert.Equal(mlirMessage, errors.FirstOrDefault());
    }
}
