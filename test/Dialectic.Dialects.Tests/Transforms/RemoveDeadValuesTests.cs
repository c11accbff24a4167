using System.IO;
using Dialectic.Core.Analysis.DataFlow;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Builtin;
using Dialectic.Dialects.Tests.Rewrite;
using Dialectic.Tests.Shared;
using Dialectic.Tools.Opt;
using Xunit;

namespace Dialectic.Dialects.Tests.Transforms;

/// <summary>
/// <c>--remove-dead-values</c> and the liveness analysis under it: where mlir-opt-22's output is valid IR, ours
/// must equal it byte for byte; where mlir-opt-22 leaves invalid IR or crashes, ours must verify and keep the
/// program's meaning.
/// </summary>
public sealed class RemoveDeadValuesTests
{
    private static (int ExitCode, string Stdout, string Stderr) Run(string input, params string[] extra)
    {
        var args = new string[extra.Length + 3];
        args[0] = "--allow-unregistered-dialect";
        args[1] = "--remove-dead-values";
        extra.CopyTo(args, 2);
        args[^1] = "-";
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int rc = OptMain.Run(args, new StringReader(input), stdout, stderr);
        return (rc, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs the pass, checks it succeeded, and that its output is a fixed point of the pass.</summary>
    private static string RunOk(string input)
    {
        var (rc, stdout, stderr) = Run(input);
        Assert.True(rc == 0, stderr);
        Assert.Equal("", stderr);
        var (rc2, again, stderr2) = Run(stdout);
        Assert.True(rc2 == 0, stderr2);
        Assert.Equal(stdout, again);
        return stdout;
    }

    private static Operation FirstFunc(ModuleOp module) => module.Body.FirstOp!;

    [Fact]
    public void Liveness_Roots_And_Propagation()
    {
        var module = RewriteHarness.Parse("""
            func.func @f(%x: i32, %m: memref<i32>) -> i32 {
              %a = arith.addi %x, %x : i32
              %b = arith.muli %a, %a : i32
              memref.store %b, %m[] : memref<i32>
              %dead = arith.subi %x, %x : i32
              %r = arith.xori %x, %x : i32
              return %r : i32
            }
            """, out _);
        var liveness = new LivenessAnalysis(module);
        var entry = FirstFunc(module).Regions[0].FirstBlock!;
        var ops = new System.Collections.Generic.List<Operation>(entry.Operations);
        Assert.True(liveness.IsLive(entry.GetArgument(0)));
        Assert.True(liveness.IsLive(ops[0].GetResult(0)));  // feeds the store through %b
        Assert.True(liveness.IsLive(ops[1].GetResult(0)));  // stored
        Assert.False(liveness.IsLive(ops[3].GetResult(0))); // %dead
        Assert.True(liveness.IsLive(ops[4].GetResult(0)));  // returned from a public function
        Assert.Empty(liveness.TrackedCallables);
    }

    [Fact]
    public void Liveness_Tracks_Private_Callees_Through_Calls()
    {
        var module = RewriteHarness.Parse("""
            func.func private @g(%x: i32, %y: i32) -> (i32, i32) {
              return %x, %y : i32, i32
            }
            func.func @f(%x: i32, %y: i32) -> i32 {
              %0:2 = call @g(%x, %y) : (i32, i32) -> (i32, i32)
              return %0#1 : i32
            }
            """, out _);
        var liveness = new LivenessAnalysis(module);
        var g = FirstFunc(module);
        var entry = g.Regions[0].FirstBlock!;
        Assert.False(liveness.IsLive(entry.GetArgument(0)));
        Assert.True(liveness.IsLive(entry.GetArgument(1)));
        Assert.True(liveness.TrackedCallables.ContainsKey(g));
        Assert.Single(liveness.TrackedCallables[g]);
    }

    [Fact]
    public void Liveness_Region_Op_Is_One_Unit()
    {
        var module = RewriteHarness.Parse("""
            func.func @f(%c: i1, %x: i32, %y: i32) -> i32 {
              %0:2 = scf.if %c -> (i32, i32) {
                %a = arith.addi %x, %y : i32
                scf.yield %a, %x : i32, i32
              } else {
                scf.yield %y, %y : i32, i32
              }
              return %0#1 : i32
            }
            """, out _);
        var liveness = new LivenessAnalysis(module);
        var ifOp = FirstFunc(module).Regions[0].FirstBlock!.FirstOp!;
        Assert.True(liveness.IsActive(ifOp));
        // Conservative: one live result keeps every yielded value (MLIR trims the dead one through ub.poison).
        Assert.True(liveness.IsLive(ifOp.Regions[0].FirstBlock!.FirstOp!.GetResult(0)));
    }

    // mlir-opt-22 leaves "null operand found" here: the dead operand of a call to a public function.
    [Fact]
    public void Call_To_Public_Function_Keeps_Its_Operands()
    {
        string output = RunOk("""
            func.func @pub(%x: i32, %y: i32) -> i32 {
              return %x : i32
            }
            func.func @a(%x: i32) -> i32 {
              %d = arith.muli %x, %x : i32
              %0 = call @pub(%x, %d) : (i32, i32) -> i32
              return %0 : i32
            }
            """);
        Assert.Contains("%0 = arith.muli %arg0, %arg0 : i32", output);
        Assert.Contains("call @pub(%arg0, %0)", output);
    }

    // mlir-opt-22 leaves branches with more operands than their successors take, when a block has several
    // predecessors.
    [Fact]
    public void Loop_Carried_Dead_Argument_Goes_From_Every_Predecessor()
    {
        string output = RunOk("""
            func.func @loop(%n: i32, %m: memref<i32>) {
              %c0 = arith.constant 0 : i32
              %c1 = arith.constant 1 : i32
              cf.br ^bb1(%c0, %c1 : i32, i32)
            ^bb1(%i: i32, %s: i32):
              %cond = arith.cmpi slt, %i, %n : i32
              %s2 = arith.addi %s, %i : i32
              %i2 = arith.addi %i, %c1 : i32
              cf.cond_br %cond, ^bb1(%i2, %s2 : i32, i32), ^bb2
            ^bb2:
              memref.store %i, %m[] : memref<i32>
              return
            }
            """);
        Assert.Equal("""
            module {
              func.func @loop(%arg0: i32, %arg1: memref<i32>) {
                %c0_i32 = arith.constant 0 : i32
                %c1_i32 = arith.constant 1 : i32
                cf.br ^bb1(%c0_i32 : i32)
              ^bb1(%0: i32):  // 2 preds: ^bb0, ^bb1
                %1 = arith.cmpi slt, %0, %arg0 : i32
                %2 = arith.addi %0, %c1_i32 : i32
                cf.cond_br %1, ^bb1(%2 : i32), ^bb2
              ^bb2:  // pred: ^bb1
                memref.store %0, %arg1[] : memref<i32>
                return
              }
            }

            """.Replace("\r\n", "\n").TrimEnd(), output.TrimEnd());
    }

    // A dead argument forwarded to another block with a dead argument: both go.
    [Fact]
    public void Dead_Argument_Forwarded_To_Dead_Argument()
    {
        string output = RunOk("""
            func.func @d(%c: i1, %x: i32, %m: memref<i32>) {
              %a = arith.addi %x, %x : i32
              %b = arith.muli %x, %x : i32
              cf.cond_br %c, ^bb1(%a, %b : i32, i32), ^bb2(%b : i32)
            ^bb1(%p: i32, %q: i32):
              memref.store %q, %m[] : memref<i32>
              cf.br ^bb2(%p : i32)
            ^bb2(%r: i32):
              return
            }
            """);
        Assert.DoesNotContain("arith.addi", output);
        Assert.Contains("cf.cond_br %arg0, ^bb1(%0 : i32), ^bb2", output);
        Assert.Contains("cf.br ^bb2\n", output);
    }

    // mlir-opt-22 crashes on a private function also named by func.constant; we keep its signature.
    [Fact]
    public void Function_With_Non_Call_Use_Keeps_Its_Signature()
    {
        string output = RunOk("""
            func.func private @p(%x: i32, %y: i32) -> i32 {
              %0 = arith.addi %x, %x : i32
              return %0 : i32
            }
            func.func @a(%x: i32) -> i32 {
              %0 = call @p(%x, %x) : (i32, i32) -> i32
              %f = func.constant @p : (i32, i32) -> i32
              "test.sym"() {s = @p} : () -> ()
              return %0 : i32
            }
            """);
        Assert.Contains("func.func private @p(%arg0: i32, %arg1: i32) -> i32", output);
        Assert.Contains("call @p(%arg0, %arg0)", output);
        Assert.DoesNotContain("func.constant", output);
    }

    [Fact]
    public void Private_Functions_Calling_Each_Other_In_Any_Order()
    {
        string output = RunOk("""
            func.func private @a(%x: i32, %y: i32) -> (i32, i32) {
              %0:2 = call @b(%x, %y) : (i32, i32) -> (i32, i32)
              return %0#0, %0#1 : i32, i32
            }
            func.func private @b(%x: i32, %y: i32) -> (i32, i32) {
              return %x, %y : i32, i32
            }
            func.func @root(%x: i32) -> i32 {
              %1 = arith.muli %x, %x : i32
              %0:2 = call @a(%x, %1) : (i32, i32) -> (i32, i32)
              return %0#0 : i32
            }
            """);
        Assert.Contains("func.func private @a(%arg0: i32) -> i32 {", output);
        Assert.Contains("func.func private @b(%arg0: i32) -> i32 {", output);
        Assert.DoesNotContain("arith.muli", output);
    }

    // mlir-opt-22 leaves calls that no longer match their callee when the pass runs on one function.
    [Fact]
    public void Run_On_A_Function_Keeps_Signatures()
    {
        const string input = """
            func.func private @f(%a: i32, %b: i32) -> (i32, i32) {
              %c = arith.addi %a, %a : i32
              return %c, %b : i32, i32
            }
            func.func @main(%x: i32) -> i32 {
              %r:2 = call @f(%x, %x) : (i32, i32) -> (i32, i32)
              %u = arith.muli %x, %x : i32
              return %r#0 : i32
            }
            """;
        var args = new[] { "--pass-pipeline=builtin.module(func.func(remove-dead-values))", "-" };
        var output = new StringWriter();
        var errors = new StringWriter();
        Assert.Equal(0, OptMain.Run(args, new StringReader(input), output, errors));
        Assert.Equal("", errors.ToString());
        Assert.Contains("func.func private @f(%arg0: i32, %arg1: i32) -> (i32, i32)", output.ToString());
        Assert.DoesNotContain("arith.muli", output.ToString());
    }

    // A nested-visibility function directly in a nested module may be called from the parent table.
    [Fact]
    public void Nested_Visibility_In_Nested_Root_Keeps_Signature()
    {
        const string input = """
            module @outer {
              module @inner {
                func.func nested @g(%a: i32, %b: i32) -> i32 {
                  return %a : i32
                }
              }
              func.func @main(%x: i32) -> i32 {
                %0 = call @inner::@g(%x, %x) : (i32, i32) -> i32
                return %0 : i32
              }
            }
            """;
        var args = new[] { "--pass-pipeline=builtin.module(builtin.module(remove-dead-values))", "-" };
        var output = new StringWriter();
        var errors = new StringWriter();
        Assert.Equal(0, OptMain.Run(args, new StringReader(input), output, errors));
        Assert.Equal("", errors.ToString());
        Assert.Contains("func.func nested @g(%arg0: i32, %arg1: i32) -> i32", output.ToString());
    }

    [Fact]
    public void Canonicalize_Option_Is_Accepted()
    {
        var (rc, stdout, stderr) = Run("func.func @f() {\n  return\n}\n", "--remove-dead-values=canonicalize=false");
        Assert.True(rc == 0, stderr);
        Assert.Contains("func.func @f()", stdout);
    }

    public static TheoryData<string> DifferentialCases => new()
    {
        """
        func.func private @f(%a: i32, %b: i32, %m: memref<i32>) -> (i32, i32) {
          %c = arith.addi %a, %a : i32
          memref.store %c, %m[] : memref<i32>
          %d = arith.muli %b, %b : i32
          return %c, %d : i32, i32
        }
        func.func @main(%x: i32, %m: memref<i32>) -> i32 {
          %r:2 = call @f(%x, %x, %m) : (i32, i32, memref<i32>) -> (i32, i32)
          return %r#0 : i32
        }
        """,
        """
        func.func @br(%c: i1, %x: i32, %y: i32) -> i32 {
          %z = arith.addi %x, %y : i32
          cf.cond_br %c, ^bb1(%x, %z : i32, i32), ^bb2(%y : i32)
        ^bb1(%a: i32, %b: i32):
          return %a : i32
        ^bb2(%d: i32):
          return %x : i32
        }
        """,
        """
        func.func @loops(%x: i32, %lb: index, %ub: index, %st: index, %m: memref<i32>) -> i32 {
          %0 = scf.for %i = %lb to %ub step %st iter_args(%acc = %x) -> (i32) {
            %n = arith.addi %acc, %x : i32
            scf.yield %n : i32
          }
          %2 = scf.while (%a = %x) : (i32) -> i32 {
            %c = arith.cmpi slt, %a, %x : i32
            scf.condition(%c) %a : i32
          } do {
          ^bb0(%b: i32):
            scf.yield %b : i32
          }
          return %x : i32
        }
        """,
        """
        func.func private @multi(%x: i32) -> (i32, i32, i32) {
          %a = arith.addi %x, %x : i32
          return %a, %x, %a : i32, i32, i32
        }
        func.func @caller(%x: i32) -> i32 {
          %0:3 = call @multi(%x) : (i32) -> (i32, i32, i32)
          %1:3 = call @multi(%x) : (i32) -> (i32, i32, i32)
          %s = arith.addi %0#1, %1#2 : i32
          return %s : i32
        }
        """,
        """
        func.func @sw(%i: i32, %x: i32, %y: i32) -> i32 {
          cf.switch %i : i32, [
            default: ^bb1(%x : i32),
            1: ^bb2(%x, %y : i32, i32)
          ]
        ^bb1(%a: i32):
          return %a : i32
        ^bb2(%b: i32, %c: i32):
          return %b : i32
        }
        """,
    };

    [ToolTheory("mlir-opt-22")]
    [MemberData(nameof(DifferentialCases))]
    public void Matches_MlirOpt(string input)
    {
        var reference = ToolProcess.RunOnText("mlir-opt-22", ["--remove-dead-values"], input);
        Assert.True(reference.ExitCode == 0, reference.Stderr);
        Assert.Equal(reference.Stdout, RunOk(input));
    }
}
