using System;
using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Types;
using Dialectic.Dialects.Func;
using Dialectic.Dialects.Math;
using Dialectic.Tests.Shared;
using Xunit;

namespace Dialectic.Dialects.Tests.Math;

/// <summary>
/// Our <c>math</c> folders against <c>mlir-opt-22 --canonicalize</c> on the same constant operands: special values
/// of each float format, seeded random ones, integer edge cases, splat and non-splat vectors and tensors. The
/// transcendental folders call the host libm as MLIR's do, so on one machine the results are bit-identical.
/// </summary>
public sealed class MathFoldDifferentialTests
{
    private static readonly string[] HostUnary =
    [
        "acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "erf", "erfc", "exp", "exp2",
        "expm1", "log", "log10", "log1p", "log2", "round", "rsqrt", "sin", "sinh", "sqrt", "tan", "tanh", "trunc",
    ];

    private static readonly string[] ExactUnary = ["absf", "ceil", "floor", "roundeven"];

    private static readonly string[] Classification = ["isfinite", "isinf", "isnan", "isnormal"];

    private static Context NewContext()
    {
        var context = new Context();
        context.RegisterDialect(new FuncDialect(context));
        context.RegisterDialect(new MathDialect(context));
        return context;
    }

    private static void AssertSameFolds(List<FoldCase> cases)
    {
        var diffs = FoldOracle.Differences(NewContext(), cases, "arith.constant");
        Assert.True(diffs.Count == 0, $"{diffs.Count}+ of {cases.Count} cases differ:\n" + string.Join("\n", diffs));
    }

    private static FoldCase Unary(string op, string type, string operand) =>
        new($"%r = math.{op} %a : {type}", [operand], [type], type);

    [ToolFact("mlir-opt-22")]
    public void HostFunctionsFoldOnF32AndF64Only()
    {
        var rng = new Random(20261122);
        var cases = new List<FoldCase>();
        foreach (var kind in new[] { FloatKind.F32, FloatKind.F64, FloatKind.F16, FloatKind.BF16 })
        {
            string t = FloatSamples.Keyword(kind);
            var values = FloatSamples.Values(kind, rng, kind is FloatKind.F32 or FloatKind.F64 ? 60 : 5);
            foreach (var op in HostUnary)
                foreach (var v in values)
                    cases.Add(Unary(op, t, $"{FloatSamples.Hex(kind, v)} : {t}"));
        }
        AssertSameFolds(cases);
    }

    [ToolFact("mlir-opt-22")]
    public void ExactOpsFoldInEveryFormat()
    {
        var rng = new Random(7);
        var cases = new List<FoldCase>();
        foreach (var kind in new[] { FloatKind.F32, FloatKind.F64, FloatKind.F16, FloatKind.BF16, FloatKind.F80,
                     FloatKind.F128, FloatKind.F8E4M3FN, FloatKind.F8E5M2FNUZ, FloatKind.F8E5M2 })
        {
            string t = FloatSamples.Keyword(kind);
            foreach (var op in ExactUnary)
                foreach (var v in FloatSamples.Values(kind, rng, 30))
                    cases.Add(Unary(op, t, $"{FloatSamples.Hex(kind, v)} : {t}"));
        }
        AssertSameFolds(cases);
    }

    [ToolFact("mlir-opt-22")]
    public void ClassificationFoldsToBooleans()
    {
        var rng = new Random(11);
        var cases = new List<FoldCase>();
        foreach (var kind in new[] { FloatKind.F32, FloatKind.F64, FloatKind.F16, FloatKind.BF16, FloatKind.F80,
                     FloatKind.F128, FloatKind.F8E4M3FN, FloatKind.F8E5M2FNUZ })
        {
            string t = FloatSamples.Keyword(kind);
            foreach (var op in Classification)
                foreach (var v in FloatSamples.Values(kind, rng, 10))
                    cases.Add(new($"%r = math.{op} %a : {t}", [$"{FloatSamples.Hex(kind, v)} : {t}"], [t], "i1"));
        }
        AssertSameFolds(cases);
    }

    [ToolFact("mlir-opt-22")]
    public void BinaryOpsFoldPairs()
    {
        var rng = new Random(3);
        var cases = new List<FoldCase>();
        foreach (var kind in new[] { FloatKind.F32, FloatKind.F64, FloatKind.F16, FloatKind.F8E5M2FNUZ })
        {
            string t = FloatSamples.Keyword(kind);
            var values = FloatSamples.Values(kind, rng, kind is FloatKind.F32 or FloatKind.F64 ? 8 : 2);
            foreach (var op in new[] { "atan2", "copysign", "powf" })
                foreach (var x in values)
                    foreach (var y in values)
                        cases.Add(new($"%r = math.{op} %a, %b : {t}",
                            [$"{FloatSamples.Hex(kind, x)} : {t}", $"{FloatSamples.Hex(kind, y)} : {t}"], [t, t], t));
        }
        AssertSameFolds(cases);
    }

    [ToolFact("mlir-opt-22")]
    public void IntegerOpsFold()
    {
        var rng = new Random(5);
        var cases = new List<FoldCase>();
        foreach (var t in new[] { "i1", "i3", "i8", "i16", "i32", "i64", "i128", "index" })
        {
            int width = t == "index" ? 64 : int.Parse(t.AsSpan(1), provider: System.Globalization.CultureInfo.InvariantCulture);
            var values = IntegerSamples.Values(width, rng, 12);
            foreach (var op in new[] { "absi", "ctlz", "cttz", "ctpop" })
                foreach (var v in values)
                    cases.Add(new($"%r = math.{op} %a : {t}", [$"{v} : {t}"], [t], t));
            var powers = IntegerSamples.Values(System.Math.Min(width, 6), rng, 4);
            foreach (var b in IntegerSamples.Values(width, rng, 3))
                foreach (var p in powers)
                    cases.Add(new($"%r = math.ipowi %a, %b : {t}", [$"{b} : {t}", $"{p} : {t}"], [t, t], t));
        }
        AssertSameFolds(cases);
    }

    [ToolFact("mlir-opt-22")]
    public void VectorsAndTensorsFoldElementwise()
    {
        var cases = new List<FoldCase>();
        string[] floats =
        [
            "dense<[0.5, -1.5, 2.5, 0x7FC00000]> : vector<4xf32>",
            "dense<2.5> : vector<4xf32>",
            "dense<[[1.0, -0.0], [1.0e10, -3.75]]> : tensor<2x2xf64>",
            "dense<-0.5> : tensor<3xf64>",
            "dense<[1.0, 1.0]> : vector<2xf32>",
            "dense<[0.5, -1.5]> : vector<2xf16>",
        ];
        foreach (var operand in floats)
        {
            string t = operand.Substring(operand.LastIndexOf(" : ", StringComparison.Ordinal) + 3);
            foreach (var op in new[] { "absf", "ceil", "floor", "roundeven", "sin", "exp", "sqrt", "log", "round", "trunc", "atan" })
                cases.Add(Unary(op, t, operand));
            foreach (var op in new[] { "copysign", "powf", "atan2" })
                cases.Add(new($"%r = math.{op} %a, %b : {t}", [operand, operand], [t, t], t));
            string i1 = t.Replace("xf32", "xi1").Replace("xf64", "xi1").Replace("xf16", "xi1");
            foreach (var op in Classification)
                cases.Add(new($"%r = math.{op} %a : {t}", [operand], [t], i1));
        }
        foreach (var operand in new[] { "dense<[0, 1, -1, 255]> : vector<4xi32>", "dense<-8> : tensor<2xi8>", "dense<[3, 2]> : vector<2xindex>" })
        {
            string t = operand.Substring(operand.LastIndexOf(" : ", StringComparison.Ordinal) + 3);
            foreach (var op in new[] { "absi", "ctlz", "cttz", "ctpop" })
                cases.Add(Unary(op, t, operand));
            cases.Add(new($"%r = math.ipowi %a, %b : {t}", [operand, operand], [t, t], t));
        }
        AssertSameFolds(cases);
    }
}
