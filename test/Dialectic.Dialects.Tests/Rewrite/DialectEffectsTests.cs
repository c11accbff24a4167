using System.Collections.Generic;
using Dialectic.Core.Interfaces;
using Dialectic.Core.IR;
using Xunit;

namespace Dialectic.Dialects.Tests.Rewrite;

/// <summary>Side-effect and speculation queries on the dialects' ops (memref, arith, cf, scf, func).</summary>
public sealed class DialectEffectsTests
{
    private static readonly Operation Module = RewriteHarness.Parse("""
        func.func @f(%m: memref<4x?xf32>, %u: memref<*xf32>, %i: index, %v: f32, %c: i1, %a: i32, %b: i32, %va: vector<2xi32>) {
          %c0 = arith.constant 0 : i32
          %c3 = arith.constant 3 : i32
          %cm1 = arith.constant -1 : i32
          %ci1 = arith.constant 1 : index
          %ci5 = arith.constant 5 : index
          %splat = arith.constant dense<2> : vector<2xi32>
          %mixed = arith.constant dense<[-3, 4]> : vector<2xi32>
          %alloc = memref.alloc() {id = "alloc"} : memref<4xf32>
          %alloca = memref.alloca() {id = "alloca"} : memref<4xf32>
          %load = memref.load %m[%i, %i] {id = "load"} : memref<4x?xf32>
          memref.store %v, %m[%i, %i] {id = "store"} : memref<4x?xf32>
          memref.dealloc %alloc {id = "dealloc"} : memref<4xf32>
          %d1 = memref.dim {id = "dim1"} %m, %ci1 : memref<4x?xf32>
          %d5 = memref.dim {id = "dim5"} %m, %ci5 : memref<4x?xf32>
          %du = memref.dim {id = "dimu"} %u, %ci1 : memref<*xf32>
          %q0 = arith.divsi %a, %c0 {id = "divsi0"} : i32
          %q3 = arith.divsi %a, %c3 {id = "divsi3"} : i32
          %qm = arith.divsi %a, %cm1 {id = "divsim1"} : i32
          %um = arith.divui %a, %cm1 {id = "divuim1"} : i32
          %qx = arith.divsi %a, %b {id = "divsix"} : i32
          %cs = arith.ceildivsi %a, %c3 {id = "ceildivsi3"} : i32
          %cu = arith.ceildivui %a, %c0 {id = "ceildivui0"} : i32
          %vs = arith.divsi %va, %splat {id = "divsisplat"} : vector<2xi32>
          %vm = arith.divsi %va, %mixed {id = "divsimixed"} : vector<2xi32>
          %vu = arith.divui %va, %mixed {id = "divuimixed"} : vector<2xi32>
          %rs = arith.remsi %a, %b {id = "remsi"} : i32
          cf.assert %c, "x" {id = "assert"}
          %e = scf.execute_region -> f32 {
            %l = memref.load %m[%i, %i] : memref<4x?xf32>
            scf.yield %l : f32
          } {id = "region"}
          scf.if %c {
            memref.store %v, %m[%i, %i] : memref<4x?xf32>
          } {id = "if"}
          func.call @f(%m, %u, %i, %v, %c, %a, %b, %va) {id = "call"} : (memref<4x?xf32>, memref<*xf32>, index, f32, i1, i32, i32, vector<2xi32>) -> ()
          return
        }
        """, out _);

    private static Operation Op(string id)
    {
        Operation? found = null;
        Module.Walk(op =>
        {
            if (op.GetAttr("id") is Dialectic.Core.IR.Attributes.StringAttr s && s.Value == id)
                found = op;
        });
        return found ?? throw new KeyNotFoundException(id);
    }

    [Theory]
    [InlineData("alloc", true)]
    [InlineData("alloca", true)]
    [InlineData("load", true)]
    [InlineData("store", false)]
    [InlineData("dealloc", false)]
    [InlineData("dim1", true)]
    [InlineData("divsi0", true)]
    [InlineData("remsi", true)]
    [InlineData("assert", false)]
    [InlineData("region", true)]
    [InlineData("if", false)]
    [InlineData("call", false)]
    public void WouldBeTriviallyDead(string id, bool dead) => Assert.Equal(dead, SideEffects.WouldOpBeTriviallyDead(Op(id)));

    [Theory]
    [InlineData("dim1", true)]
    [InlineData("dim5", false)]
    [InlineData("dimu", false)]
    [InlineData("divsi0", false)]
    [InlineData("divsi3", true)]
    [InlineData("divsim1", false)]
    [InlineData("divuim1", true)]
    [InlineData("divsix", false)]
    [InlineData("ceildivsi3", true)]
    [InlineData("ceildivui0", false)]
    [InlineData("divsisplat", true)]
    [InlineData("divsimixed", false)]
    [InlineData("divuimixed", true)]
    [InlineData("remsi", true)]
    [InlineData("load", false)]
    public void Speculatable(string id, bool speculatable) => Assert.Equal(speculatable, SideEffects.IsSpeculatable(Op(id)));

    [Fact]
    public void EffectKindsAndResources()
    {
        Assert.True(SideEffects.HasSingleEffect(Op("alloc"), MemoryEffectKind.Allocate));
        var effects = new List<MemoryEffectInstance>();
        SideEffects.TryGetEffects(Op("alloca"), effects);
        Assert.Same(SideEffectResource.AutomaticAllocationScope, Assert.Single(effects).Resource);
        Assert.True(SideEffects.HasEffect(Op("store"), MemoryEffectKind.Write, Op("store").GetOperand(1)));
        Assert.True(SideEffects.HasEffect(Op("dealloc"), MemoryEffectKind.Free));
        Assert.True(SideEffects.IsMemoryEffectFree(Op("divsi0")));
        Assert.False(SideEffects.IsMemoryEffectFree(Op("region")));
        Assert.False(SideEffects.IsMemoryEffectFree(Op("call")));
        Assert.True(SideEffects.MightHaveEffect(Op("call"), MemoryEffectKind.Free));
        Assert.True(SideEffects.IsPure(Op("divsi3")));
        Assert.False(SideEffects.IsPure(Op("divsi0")));
        Assert.True(SideEffects.IsPure(Op("remsi")));
    }

    [Fact]
    public void BranchOpsDeclareTheirSuccessorOperands()
    {
        var module = RewriteHarness.Parse("""
            func.func @g(%c: i1, %a: i32, %f: i32) {
              cf.cond_br %c, ^bb1(%a : i32), ^bb2(%a, %a : i32, i32)
            ^bb1(%x: i32):
              cf.switch %f : i32, [
                default: ^bb2(%x, %x : i32, i32),
                4: ^bb3,
                5: ^bb1(%a : i32)
              ]
            ^bb2(%y: i32, %z: i32):
              cf.br ^bb3
            ^bb3:
              return
            }
            """, out _);
        var block = ((Dialectic.Core.IR.Builtin.ModuleOp)module).Body.FirstOp!.Regions[0].FirstBlock!;
        var condBr = block.LastOp!;
        var t = BranchOps.GetSuccessorOperands(condBr, 0)!;
        var f = BranchOps.GetSuccessorOperands(condBr, 1)!;
        Assert.Equal((1, 1, 2, 2), (t.Start, t.Length, f.Start, f.Length));
        Assert.Same(block.NextBlock!.NextBlock!.GetArgument(1), BranchOps.GetSuccessorBlockArgument(condBr, 3));
        Assert.Null(BranchOps.GetSuccessorBlockArgument(condBr, 0));
        var sw = block.NextBlock!.LastOp!;
        var c5 = BranchOps.GetSuccessorOperands(sw, 2)!;
        Assert.Equal((3, 1), (c5.Start, c5.Length));
        // Erasing keeps both segment properties in step; the op still verifies and prints.
        BranchOps.GetSuccessorOperands(sw, 0)!.Erase(1);
        Assert.Throws<System.ArgumentOutOfRangeException>(() => BranchOps.GetSuccessorOperands(sw, 1)!.Erase(0));
        f.Erase(0);
        // Block arguments now outnumber the operands passed: the IR no longer verifies, but prints.
        Assert.Contains("default: ^bb2(%0 : i32)", RewriteHarness.Print(module));
        Assert.Contains("^bb2(%arg1 : i32)", RewriteHarness.Print(module));
        Assert.Contains("5: ^bb1(%arg1 : i32)", RewriteHarness.Print(module));
    }
}
