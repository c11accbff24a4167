using System;
using System.Collections.Generic;
using Dialectic.Tests.Shared;
using Dialectic.Tools.Opt;
using Xunit;

namespace Dialectic.Dialects.Tests.Arith;

/// <summary>
/// Folding of vectors and tensors against <c>mlir-opt-22 --canonicalize</c>: splat and non-splat dense operands of
/// the binary ops, compares and casts, and <c>select</c> with constant (scalar, splat and per-element) conditions.
/// </summary>
public sealed class ArithShapedFoldDifferentialTests
{
    private static void AssertSameFolds(List<ArithFoldCase> cases)
    {
        var diffs = ArithFoldOracle.Differences(OptMain.CreateContext(false), cases);
        Assert.True(diffs.Count == 0, $"{diffs.Count}+ of {cases.Count} cases differ:\n" + string.Join("\n", diffs));
    }

    private static readonly string[] IntOps =
    [
        "addi", "subi", "muli", "divui", "divsi", "ceildivui", "ceildivsi", "floordivsi", "remui", "remsi", "andi",
        "ori", "xori", "shli", "shrui", "shrsi", "maxsi", "maxui", "minsi", "minui",
    ];

    private static readonly string[] IntOperands =
    [
        "dense<3>", "dense<0>", "dense<1>", "dense<-1>", "dense<[1, 2, 3, 4]>", "dense<[0, 5, -8, 7]>",
        "dense<[7, 7, 7, 7]>", "dense<[-128, 127, 2, 9]>", "dense<[4, 4, 0, 4]>",
    ];

    [ToolFact("mlir-opt-22")]
    public void IntegerVectorsAndTensorsFoldElementwise()
    {
        var cases = new List<ArithFoldCase>();
        foreach (var type in new[] { "vector<4xi8>", "tensor<4xi32>", "tensor<4xindex>" })
            foreach (var op in IntOps)
                foreach (var a in IntOperands)
                    foreach (var b in IntOperands)
                        cases.Add(new($"%r = arith.{op} %a, %b : {type}", [$"{a} : {type}", $"{b} : {type}"], [type]));
        foreach (var p in new[] { "eq", "slt", "ugt", "sge" })
            foreach (var a in IntOperands)
                foreach (var b in IntOperands)
                    cases.Add(new($"%r = arith.cmpi {p}, %a, %b : vector<4xi8>",
                        [$"{a} : vector<4xi8>", $"{b} : vector<4xi8>"], ["vector<4xi1>"]));
        foreach (var a in IntOperands)
        {
            cases.Add(new("%r = arith.extsi %a : vector<4xi8> to vector<4xi32>", [$"{a} : vector<4xi8>"],
                ["vector<4xi32>"]));
            cases.Add(new("%r = arith.extui %a : vector<4xi8> to vector<4xi32>", [$"{a} : vector<4xi8>"],
                ["vector<4xi32>"]));
            cases.Add(new("%r = arith.trunci %a : vector<4xi8> to vector<4xi1>", [$"{a} : vector<4xi8>"],
                ["vector<4xi1>"]));
            cases.Add(new("%r = arith.sitofp %a : vector<4xi8> to vector<4xf16>", [$"{a} : vector<4xi8>"],
                ["vector<4xf16>"]));
            cases.Add(new("%r = arith.index_cast %a : vector<4xi8> to vector<4xindex>", [$"{a} : vector<4xi8>"],
                ["vector<4xindex>"]));
            cases.Add(new("%r = arith.bitcast %a : vector<4xi8> to vector<4xf8E4M3FN>", [$"{a} : vector<4xi8>"],
                ["vector<4xf8E4M3FN>"]));
            cases.Add(new("%r:2 = arith.mulsi_extended %a, %a : vector<4xi8>", [$"{a} : vector<4xi8>"],
                ["vector<4xi8>", "vector<4xi8>"]));
            cases.Add(new("%r:2 = arith.addui_extended %a, %a : vector<4xi8>, vector<4xi1>", [$"{a} : vector<4xi8>"],
                ["vector<4xi8>", "vector<4xi1>"]));
        }
        AssertSameFolds(cases);
    }

    private static readonly string[] FloatOperands =
    [
        "dense<1.5>", "dense<0.0>", "dense<-0.0>", "dense<1.0>", "dense<[1.0, -2.5, 0.0, 3.25]>",
        "dense<[0x7FC00000, 1.0, -1.0, 0x7F800000]>", "dense<[2.0, 2.0, 2.0, 2.0]>",
    ];

    [ToolFact("mlir-opt-22")]
    public void FloatVectorsAndTensorsFoldElementwise()
    {
        var cases = new List<ArithFoldCase>();
        foreach (var type in new[] { "vector<4xf32>", "tensor<4xf32>" })
        {
            foreach (var op in new[] { "addf", "subf", "mulf", "divf", "remf", "maximumf", "minimumf", "maxnumf",
                "minnumf" })
                foreach (var a in FloatOperands)
                    foreach (var b in FloatOperands)
                        cases.Add(new($"%r = arith.{op} %a, %b : {type}", [$"{a} : {type}", $"{b} : {type}"], [type]));
            foreach (var a in FloatOperands)
                cases.Add(new($"%r = arith.negf %a : {type}", [$"{a} : {type}"], [type]));
        }
        foreach (var a in FloatOperands)
            foreach (var b in FloatOperands)
                cases.Add(new("%r = arith.cmpf olt, %a, %b : vector<4xf32>",
                    [$"{a} : vector<4xf32>", $"{b} : vector<4xf32>"], ["vector<4xi1>"]));
        foreach (var a in FloatOperands)
        {
            cases.Add(new("%r = arith.fptosi %a : vector<4xf32> to vector<4xi16>", [$"{a} : vector<4xf32>"],
                ["vector<4xi16>"]));
            cases.Add(new("%r = arith.truncf %a : vector<4xf32> to vector<4xf16>", [$"{a} : vector<4xf32>"],
                ["vector<4xf16>"]));
            cases.Add(new("%r = arith.extf %a : vector<4xf32> to vector<4xf64>", [$"{a} : vector<4xf32>"],
                ["vector<4xf64>"]));
            cases.Add(new("%r = arith.bitcast %a : vector<4xf32> to vector<4xi32>", [$"{a} : vector<4xf32>"],
                ["vector<4xi32>"]));
        }
        AssertSameFolds(cases);
    }

    [ToolFact("mlir-opt-22")]
    public void SelectFoldsConstantConditions()
    {
        var cases = new List<ArithFoldCase>();
        foreach (var c in new[] { "true", "false" })
        {
            cases.Add(new("%r = arith.select %a, %b, %c : i32", [c, "1 : i32", "2 : i32"], ["i32"]));
            cases.Add(new("%r = arith.select %a, %b, %c : vector<4xf32>", [c, "dense<1.0> : vector<4xf32>",
                "dense<[1.0, 2.0, 3.0, 4.0]> : vector<4xf32>"], ["vector<4xf32>"]));
            cases.Add(new("%r = arith.select %a, %b, %c : i1", [c, "true", "false"], ["i1"]));
        }
        foreach (var c in new[] { "dense<true>", "dense<false>", "dense<[true, false, false, true]>" })
            foreach (var (t, f) in new[] { ("dense<[1, 2, 3, 4]>", "dense<[5, 6, 7, 8]>"), ("dense<9>",
                "dense<[5, 6, 7, 8]>"), ("dense<9>", "dense<8>") })
            {
                cases.Add(new("%r = arith.select %a, %b, %c : vector<4xi1>, vector<4xi64>",
                    [$"{c} : vector<4xi1>", $"{t} : vector<4xi64>", $"{f} : vector<4xi64>"], ["vector<4xi64>"]));
                cases.Add(new("%r = arith.select %a, %b, %c : tensor<4xi1>, tensor<4xi8>",
                    [$"{c} : tensor<4xi1>", $"{t} : tensor<4xi8>", $"{f} : tensor<4xi8>"], ["tensor<4xi8>"]));
            }
        AssertSameFolds(cases);
    }
}
