using System;
using Dialectic.Core.IR;
using Dialectic.Core.Syntax;
using Dialectic.Core.Verification;
using Dialectic.Dialects.ControlFlow;
using Dialectic.Tools.Opt;
using Xunit;

namespace Dialectic.Dialects.Tests.ControlFlow;

/// <summary>
/// cf.switch's case accessors on well-formed and malformed generic IR: case values read back with the flag's width
/// (a splat stands for every case), and segments that do not cover the cases give empty operand lists instead of
/// reading out of range (MLIR reads past the end there).
/// </summary>
public sealed class SwitchOpTests
{
    private static SwitchOp ParseSwitch(Context context, string text)
    {
        var module = SourceParser.ParseSource(context, text, new ParserOptions { FileName = "switch.mlir" })
            ?? throw new InvalidOperationException("parse failed");
        SwitchOp? found = null;
        foreach (var top in module.Operations)
            top.Walk(op =>
            {
                if (op is SwitchOp s)
                    found = s;
            });
        return found ?? throw new InvalidOperationException("no cf.switch");
    }

    [Fact]
    public void CaseValuesAndOperandsReadBack()
    {
        var context = OptMain.CreateContext(false);
        var op = ParseSwitch(context, """
            func.func @f(%x: i8, %a: i32) {
              cf.switch %x : i8, [
                default: ^bb1(%a : i32),
                -1: ^bb1(%a : i32),
                300: ^bb2
              ]
            ^bb1(%y: i32):
              return
            ^bb2:
              return
            }
            """);
        Assert.Equal(2, op.NumCaseValues);
        Assert.Equal(255, (int)op.GetCaseValueBits(0));
        Assert.Equal(44, (int)op.GetCaseValueBits(1));
        Assert.Equal(1, op.GetCaseOperands(0).Length);
        Assert.Equal(0, op.GetCaseOperands(1).Length);
        Assert.True(Verifier.Verify(op));
    }

    [Fact]
    public void SplatCaseValuesStandForEveryCase()
    {
        var context = OptMain.CreateContext(false);
        var op = ParseSwitch(context, """
            func.func @f(%x: i32) {
              cf.switch %x : i32, [
                default: ^bb1,
                5: ^bb1,
                5: ^bb1
              ]
            ^bb1:
              return
            }
            """);
        Assert.Contains("dense<5> : vector<2xi32>", AsmPrinter.OperationToString(op, new PrintingFlags { PrintGenericOpForm = true }));
        Assert.Equal(5, (int)op.GetCaseValueBits(1));
    }

    [Fact]
    public void ShortSegmentsDoNotReadOutOfRange()
    {
        var context = OptMain.CreateContext(false);
        var op = ParseSwitch(context, """
            func.func @f(%x: i32) {
              "cf.switch"(%x)[^bb1, ^bb1, ^bb1] <{case_operand_segments = array<i32: 0>, case_values = dense<[1, 2]> : vector<2xi32>, operandSegmentSizes = array<i32: 1, 0, 0>}> : (i32) -> ()
            ^bb1:
              return
            }
            """);
        Assert.Equal(0, op.GetCaseOperands(1).Length);
        Assert.Equal(0, op.GetCaseOperands(5).Length);
        Assert.True(Verifier.Verify(op, attachOpNotes: false));
    }

    [Fact]
    public void MissingCaseValuesAreADiagnosticNotACrash()
    {
        var context = OptMain.CreateContext(false);
        var op = ParseSwitch(context, """
            func.func @f(%x: i32) {
              "cf.switch"(%x)[^bb1, ^bb1] <{case_operand_segments = array<i32: 0>, operandSegmentSizes = array<i32: 1, 0, 0>}> : (i32) -> ()
            ^bb1:
              return
            }
            """);
        Assert.False(Verifier.Verify(op, attachOpNotes: false));
        Assert.Contains(context.Diagnostics.Unhandled,
            d => d.Message == "'cf.switch' op number of case values (0) should match number of case destinations (1)");
    }
}
