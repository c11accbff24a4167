using System.Numerics;
using Dialectic.Core.Analysis.DataFlow;
using Dialectic.Core.IR;
using Dialectic.Dialects.Tests.Rewrite;
using Xunit;

namespace Dialectic.Dialects.Tests.Analysis;

/// <summary>
/// Integer range analysis on the sparse data-flow solver; expected ranges are those MLIR 22's
/// <c>--int-range-optimizations</c>/<c>test-int-range-inference</c> reason with.
/// </summary>
public sealed class IntegerRangeAnalysisTests
{
    private static (DataFlowSolver<IntegerValueRange> Solver, Operation Func) Solve(string text)
    {
        var module = RewriteHarness.Parse(text, out _);
        var solver = new DataFlowSolver<IntegerValueRange>(new IntegerRangeAnalysis());
        solver.Run(module);
        return (solver, module.Body.FirstOp!);
    }

    private static Value ReturnOperand(Operation func, int index = 0)
    {
        var block = func.Regions[0].LastBlock!;
        return block.LastOp!.GetOperand(index);
    }

    [Fact]
    public void Constants_And_Arithmetic()
    {
        var (solver, func) = Solve("""
            func.func @f() -> i8 {
              %c100 = arith.constant 100 : i8
              %c27 = arith.constant 27 : i8
              %0 = arith.addi %c100, %c27 : i8
              %1 = arith.subi %0, %c100 : i8
              %c4 = arith.constant 4 : i8
              %2 = arith.muli %1, %c4 : i8
              return %2 : i8
            }
            """);
        var range = solver.Lookup(ReturnOperand(func)).Range!;
        // 100 + 27 = 127 (no wrap), 127 - 100 = 27, 27 * 4 = 108: a single value in both views.
        Assert.Equal(new BigInteger(108), range.ConstantBits);
        Assert.Equal(new BigInteger(108), range.SMin);
        Assert.Equal(new BigInteger(108), range.SMax);
    }

    [Fact]
    public void Extension_Select_And_Compare()
    {
        var (solver, func) = Solve("""
            func.func @f(%a: i8, %c: i1) -> (i32, i1, i32) {
              %e = arith.extui %a : i8 to i32
              %c10 = arith.constant 10 : i32
              %s = arith.addi %e, %c10 : i32
              %c300 = arith.constant 300 : i32
              %lt = arith.cmpi ult, %s, %c300 : i32
              %c5 = arith.constant 5 : i32
              %sel = arith.select %c, %c5, %c10 : i32
              return %s, %lt, %sel : i32, i1, i32
            }
            """);
        var sum = solver.Lookup(ReturnOperand(func, 0)).Range!;
        Assert.Equal(new BigInteger(10), sum.UMin);
        Assert.Equal(new BigInteger(265), sum.UMax);
        Assert.Equal(new BigInteger(10), sum.SMin);
        Assert.Equal(new BigInteger(265), sum.SMax);
        var cmp = solver.Lookup(ReturnOperand(func, 1));
        Assert.Equal(BigInteger.One, cmp.Range!.ConstantBits);
        var sel = solver.Lookup(ReturnOperand(func, 2)).Range!;
        Assert.Equal(new BigInteger(5), sel.UMin);
        Assert.Equal(new BigInteger(10), sel.UMax);
    }

    [Fact]
    public void Overflowing_Multiplication_Is_Unbounded()
    {
        var (solver, func) = Solve("""
            func.func @f() -> i8 {
              %c27 = arith.constant 27 : i8
              %0 = arith.muli %c27, %c27 : i8
              return %0 : i8
            }
            """);
        // As MLIR: a multiplication that may overflow gives the full range, even of constants.
        var range = solver.Lookup(ReturnOperand(func)).Range!;
        Assert.Equal(BigInteger.Zero, range.UMin);
        Assert.Equal(new BigInteger(255), range.UMax);
    }

    [Fact]
    public void Partial_Wrap_Widens_To_Full_Range()
    {
        var (solver, func) = Solve("""
            func.func @f(%a: i8) -> i8 {
              %c1 = arith.constant 1 : i8
              %0 = arith.addi %a, %c1 : i8
              return %0 : i8
            }
            """);
        var range = solver.Lookup(ReturnOperand(func)).Range!;
        Assert.Equal(BigInteger.Zero, range.UMin);
        Assert.Equal(new BigInteger(255), range.UMax);
        Assert.Equal(new BigInteger(-128), range.SMin);
        Assert.Equal(new BigInteger(127), range.SMax);
    }

    [Fact]
    public void Block_Arguments_Join_Over_Live_Edges()
    {
        var (solver, func) = Solve("""
            func.func @f(%c: i1) -> i32 {
              %c1 = arith.constant 1 : i32
              %c7 = arith.constant 7 : i32
              %false = arith.constant false
              cf.cond_br %c, ^bb1(%c1 : i32), ^bb1(%c7 : i32)
            ^bb1(%v: i32):
              cf.cond_br %false, ^bb2, ^bb3(%v : i32)
            ^bb2:
              %c100 = arith.constant 100 : i32
              cf.br ^bb3(%c100 : i32)
            ^bb3(%w: i32):
              return %w : i32
            }
            """);
        var range = solver.Lookup(ReturnOperand(func)).Range!;
        Assert.Equal(BigInteger.One, range.UMin);
        Assert.Equal(new BigInteger(7), range.UMax);
        Assert.False(solver.IsExecutable(func.Regions[0].FirstBlock!.NextBlock!.NextBlock!));
    }
}
