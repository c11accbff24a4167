using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using Dialectic.Core.Interfaces;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Dialects.Tests.Differential;
using Dialectic.Tests.Shared;
using Xunit;

namespace Dialectic.Dialects.Tests.Rewrite;

/// <summary>
/// The effects our ops declare against <c>mlir-opt-22 --test-side-effects</c>, which remarks, for every op
/// implementing MLIR's <c>MemoryEffectOpInterface</c> (not terminators), each effect in order or "no memory effects".
/// </summary>
public sealed partial class SideEffectsDifferentialTests
{
    private const string Input = """
        func.func @f(%m: memref<4xf32>, %n: memref<4xf32>, %i: index, %v: f32, %c: i1, %a: i32, %b: i32, %r: memref<?xf32>) {
          %0 = memref.alloc() : memref<4xf32>
          %1 = memref.alloca() : memref<4xf32>
          %2 = memref.load %m[%i] : memref<4xf32>
          memref.store %v, %m[%i] : memref<4xf32>
          memref.copy %m, %n : memref<4xf32> to memref<4xf32>
          %3 = memref.atomic_rmw addf %v, %m[%i] : (f32, memref<4xf32>) -> f32
          %4 = memref.generic_atomic_rmw %m[%i] : memref<4xf32> {
          ^bb0(%x: f32):
            memref.atomic_yield %x : f32
          }
          memref.prefetch %m[%i], read, locality<3>, data : memref<4xf32>
          %5 = memref.realloc %r : memref<?xf32> to memref<8xf32>
          memref.dealloc %0 : memref<4xf32>
          %6 = memref.dim %m, %i : memref<4xf32>
          cf.assert %c, "boom"
          %7 = arith.divsi %a, %b : i32
          %8 = arith.ceildivui %a, %b : i32
          %9 = arith.addi %a, %b : i32
          %10 = memref.get_global @g : memref<2xf32>
          %11 = math.sqrt %v : f32
          %12 = index.add %i, %i
          %13 = memref.cast %m : memref<4xf32> to memref<?xf32>
          %14 = memref.subview %m[0] [2] [1] : memref<4xf32> to memref<2xf32, strided<[1]>>
          %15 = memref.rank %r : memref<?xf32>
          func.call @f(%m, %n, %i, %v, %c, %a, %b, %r) : (memref<4xf32>, memref<4xf32>, index, f32, i1, i32, i32, memref<?xf32>) -> ()
          scf.if %c {
            memref.store %v, %m[%i] : memref<4xf32>
          }
          %16 = scf.execute_region -> f32 {
            scf.yield %v : f32
          }
          cf.br ^bb1
        ^bb1:
          return
        }
        memref.global "private" @g : memref<2xf32>
        """;

    [GeneratedRegex(@"^<stdin>:(\d+):(\d+): remark: (.*)$", RegexOptions.Multiline)]
    private static partial Regex Remark();

    [ToolFact("mlir-opt-22")]
    public void RemarksMatchMlirOpt()
    {
        var expected = DiffRunner.MlirOpt(Input, "--test-side-effects", "-o", "/dev/null");
        var mlir = new StringBuilder();
        foreach (Match m in Remark().Matches(expected.Stderr))
            mlir.Append(m.Groups[1].Value).Append(':').Append(m.Groups[2].Value).Append(' ').Append(m.Groups[3].Value.TrimEnd('\r')).Append('\n');
        Assert.NotEqual(0, mlir.Length);

        var module = RewriteHarness.Parse(Input, out _);
        var ours = new StringBuilder();
        var effects = new List<MemoryEffectInstance>();
        module.Walk(op =>
        {
            if (!SideEffects.DeclaresEffects(op) || op.HasTrait(OpTraits.IsTerminator))
                return;
            var loc = (FileLineColRange)op.Location;
            string at = loc.StartLine + ":" + loc.StartColumn + " ";
            effects.Clear();
            SideEffects.TryGetEffects(op, effects);
            if (effects.Count == 0)
                ours.Append(at).Append("operation has no memory effects\n");
            foreach (var e in effects)
            {
                ours.Append(at).Append("found an instance of '").Append(e.Kind switch
                {
                    MemoryEffectKind.Allocate => "allocate",
                    MemoryEffectKind.Free => "free",
                    MemoryEffectKind.Read => "read",
                    _ => "write",
                }).Append('\'');
                if (e.Operand != null)
                    ours.Append(" on op operand ").Append(e.Operand.OperandNumber).Append(',');
                else if (e.Value is OpResult result)
                    ours.Append(" on op result ").Append(result.ResultNumber).Append(',');
                else if (e.Value is BlockArgument arg)
                    ours.Append(" on block argument ").Append(arg.ArgNumber).Append(',');
                else if (e.Symbol != null)
                    ours.Append(" on a symbol '").Append(e.Symbol).Append("',");
                ours.Append(" on resource '").Append(e.Resource.Name).Append("'\n");
            }
        });
        Assert.Equal(mlir.ToString(), ours.ToString());
    }
}
