using System;
using System.Collections.Generic;
using Dialectic.Core.IR.Types;
using Dialectic.Tests.Shared;
using Dialectic.Tools.Opt;
using Xunit;

namespace Dialectic.Dialects.Tests.Arith;

/// <summary>
/// Our arith folders against <c>mlir-opt-22 --canonicalize</c> on <c>op(constant, constant)</c>: every integer
/// binary op over i1, i8, i16, i32, i64 and index, every float op over f16, bf16, f32 and f64 (special values,
/// NaN payloads, denormals), every predicate of cmpi and cmpf, the casts, select, and splat/dense operands.
/// </summary>
public sealed class ArithFoldDifferentialTests
{
    private static readonly string[] IntBinary =
    [
        "addi", "subi", "muli", "divui", "divsi", "ceildivui", "ceildivsi", "floordivsi", "remui", "remsi", "andi",
        "ori", "xori", "shli", "shrui", "shrsi", "maxsi", "maxui", "minsi", "minui",
    ];

    private static readonly string[] FloatBinary =
        ["addf", "subf", "mulf", "divf", "remf", "maximumf", "minimumf", "maxnumf", "minnumf"];

    private static readonly string[] CmpIPredicates = ["eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt",
        "uge"];

    private static readonly string[] CmpFPredicates =
    [
        "false", "oeq", "ogt", "oge", "olt", "ole", "one", "ord",
        "ueq", "ugt", "uge", "ult", "ule", "une", "uno", "true",
    ];

    private static void AssertSameFolds(List<ArithFoldCase> cases, Func<string, bool>? unrepresentable = null)
    {
        var diffs = ArithFoldOracle.Differences(OptMain.CreateContext(false), cases, 30, unrepresentable);
        Assert.True(diffs.Count == 0, $"{diffs.Count}+ of {cases.Count} cases differ:\n" + string.Join("\n", diffs));
    }

    private static ArithFoldCase Binary(string op, string type, string a, string b, string? resultType = null) =>
        new($"%r = arith.{op} %a, %b : {type}", [a, b], [resultType ?? type]);

    [ToolFact("mlir-opt-22")]
    public void IntegerBinaryOpsFoldLikeMlir()
    {
        var rng = new Random(22);
        var cases = new List<ArithFoldCase>();
        foreach (var type in ArithSamples.IntTypes)
        {
            var values = ArithSamples.IntValues(type, rng, 2);
            foreach (var op in IntBinary)
                foreach (var a in values)
                    foreach (var b in values)
                        cases.Add(Binary(op, type, ArithSamples.Int(type, a), ArithSamples.Int(type, b)));
        }
        AssertSameFolds(cases);
    }

    [ToolFact("mlir-opt-22")]
    public void ExtendedArithmeticFoldsBothResults()
    {
        var rng = new Random(5);
        var cases = new List<ArithFoldCase>();
        foreach (var type in ArithSamples.IntTypes)
        {
            var values = ArithSamples.IntValues(type, rng, 2);
            foreach (var a in values)
                foreach (var b in values)
                {
                    string x = ArithSamples.Int(type, a), y = ArithSamples.Int(type, b);
                    cases.Add(new($"%r:2 = arith.addui_extended %a, %b : {type}, i1", [x, y], [type, "i1"]));
                    cases.Add(new($"%r:2 = arith.mulsi_extended %a, %b : {type}", [x, y], [type, type]));
                    cases.Add(new($"%r:2 = arith.mului_extended %a, %b : {type}", [x, y], [type, type]));
                }
        }
        AssertSameFolds(cases);
    }

    [ToolFact("mlir-opt-22")]
    public void CmpIFoldsEveryPredicate()
    {
        var rng = new Random(9);
        var cases = new List<ArithFoldCase>();
        foreach (var type in ArithSamples.IntTypes)
        {
            var values = ArithSamples.IntValues(type, rng);
            foreach (var p in CmpIPredicates)
                foreach (var a in values)
                    foreach (var b in values)
                        cases.Add(new($"%r = arith.cmpi {p}, %a, %b : {type}",
                            [ArithSamples.Int(type, a), ArithSamples.Int(type, b)], ["i1"]));
        }
        AssertSameFolds(cases);
    }

    [ToolFact("mlir-opt-22")]
    public void FloatBinaryOpsFoldLikeMlir()
    {
        var rng = new Random(3);
        var cases = new List<ArithFoldCase>();
        foreach (var kind in ArithSamples.FloatKinds)
        {
            string t = ArithSamples.Keyword(kind);
            var values = ArithSamples.FloatValues(kind, rng, 4);
            foreach (var op in FloatBinary)
                foreach (var a in values)
                    foreach (var b in values)
                        cases.Add(Binary(op, t, ArithSamples.Float(kind, a), ArithSamples.Float(kind, b)));
            foreach (var a in values)
                cases.Add(new($"%r = arith.negf %a : {t}", [ArithSamples.Float(kind, a)], [t]));
        }
        AssertSameFolds(cases);
    }

    [ToolFact("mlir-opt-22")]
    public void FloatOpsFoldInOtherFormats()
    {
        var rng = new Random(11);
        var cases = new List<ArithFoldCase>();
        foreach (var kind in new[] { FloatKind.F80, FloatKind.F128, FloatKind.TF32, FloatKind.F8E5M2, FloatKind.F8E4M3,
                     FloatKind.F8E4M3FN, FloatKind.F8E5M2FNUZ, FloatKind.F8E4M3FNUZ, FloatKind.F8E4M3B11FNUZ,
                     FloatKind.F8E3M4, FloatKind.F6E3M2FN, FloatKind.F4E2M1FN })
        {
            string t = ArithSamples.Keyword(kind);
            var values = ArithSamples.FloatValues(kind, rng, 2);
            foreach (var op in new[] { "addf", "subf", "mulf", "divf", "maximumf", "minnumf" })
                foreach (var a in values)
                    foreach (var b in values)
                        cases.Add(Binary(op, t, ArithSamples.Float(kind, a), ArithSamples.Float(kind, b)));
        }
        // f4/f6 values print in decimal; a hex result is an infinity or NaN those formats cannot hold.
        AssertSameFolds(cases, v => v.StartsWith("0x", StringComparison.Ordinal) && (v.EndsWith(": f6E3M2FN",
            StringComparison.Ordinal)
            || v.EndsWith(": f4E2M1FN", StringComparison.Ordinal)));
    }

    [ToolFact("mlir-opt-22")]
    public void CmpFFoldsEveryPredicate()
    {
        var rng = new Random(13);
        var cases = new List<ArithFoldCase>();
        foreach (var kind in ArithSamples.FloatKinds)
        {
            string t = ArithSamples.Keyword(kind);
            var values = ArithSamples.FloatValues(kind, rng);
            foreach (var p in CmpFPredicates)
                foreach (var a in values)
                    foreach (var b in values)
                        cases.Add(new($"%r = arith.cmpf {p}, %a, %b : {t}",
                            [ArithSamples.Float(kind, a), ArithSamples.Float(kind, b)], ["i1"]));
        }
        AssertSameFolds(cases);
    }
}
