using System;
using System.Collections.Generic;
using Dialectic.Core.IR.Types;
using Dialectic.Tests.Shared;
using Dialectic.Tools.Opt;
using Xunit;

namespace Dialectic.Dialects.Tests.Arith;

/// <summary>
/// The cast folders against <c>mlir-opt-22 --canonicalize</c>: integer extension and truncation, index casts,
/// integer/float conversions (rounding, out-of-range and NaN inputs), exact-only <c>extf</c>/<c>truncf</c> across
/// formats and rounding modes, and <c>bitcast</c>.
/// </summary>
public sealed class ArithCastFoldDifferentialTests
{
    // f4/f6 values print in decimal; a hex result is an infinity or NaN those formats cannot hold.
    private static bool Unrepresentable(string value) =>
        value.StartsWith("0x", StringComparison.Ordinal)
        && (value.EndsWith(": f6E3M2FN", StringComparison.Ordinal) || value.EndsWith(": f4E2M1FN",
            StringComparison.Ordinal));

    private static void AssertSameFolds(List<ArithFoldCase> cases)
    {
        var diffs = ArithFoldOracle.Differences(OptMain.CreateContext(false), cases, 30, Unrepresentable);
        Assert.True(diffs.Count == 0, $"{diffs.Count}+ of {cases.Count} cases differ:\n" + string.Join("\n", diffs));
    }

    private static ArithFoldCase Cast(string op, string operand, string from, string to) =>
        new($"%r = arith.{op} %a : {from} to {to}", [operand], [to]);

    [ToolFact("mlir-opt-22")]
    public void IntegerCastsFoldLikeMlir()
    {
        var rng = new Random(1);
        var cases = new List<ArithFoldCase>();
        string[] ints = ["i1", "i8", "i16", "i32", "i64"];
        foreach (var from in ints)
            foreach (var to in ints)
            {
                int wf = ArithSamples.Width(from), wt = ArithSamples.Width(to);
                foreach (var v in ArithSamples.IntValues(from, rng, 3))
                {
                    string c = ArithSamples.Int(from, v);
                    if (wt > wf)
                    {
                        cases.Add(Cast("extui", c, from, to));
                        cases.Add(Cast("extsi", c, from, to));
                    }
                    if (wt < wf)
                        cases.Add(Cast("trunci", c, from, to));
                }
            }
        foreach (var t in ints)
            foreach (var v in ArithSamples.IntValues(t, rng, 3))
            {
                cases.Add(Cast("index_cast", ArithSamples.Int(t, v), t, "index"));
                cases.Add(Cast("index_castui", ArithSamples.Int(t, v), t, "index"));
            }
        foreach (var v in ArithSamples.IntValues("index", rng, 3))
            foreach (var t in ints)
            {
                cases.Add(Cast("index_cast", ArithSamples.Int("index", v), "index", t));
                cases.Add(Cast("index_castui", ArithSamples.Int("index", v), "index", t));
            }
        AssertSameFolds(cases);
    }

    [ToolFact("mlir-opt-22")]
    public void IntegerFloatConversionsFoldLikeMlir()
    {
        var rng = new Random(2);
        var cases = new List<ArithFoldCase>();
        string[] ints = ["i1", "i8", "i16", "i32", "i64"];
        foreach (var kind in ArithSamples.FloatKinds)
        {
            string f = ArithSamples.Keyword(kind);
            foreach (var t in ints)
            {
                foreach (var v in ArithSamples.IntValues(t, rng, 4))
                {
                    cases.Add(Cast("uitofp", ArithSamples.Int(t, v), t, f));
                    cases.Add(Cast("sitofp", ArithSamples.Int(t, v), t, f));
                }
                foreach (var v in ArithSamples.FloatValues(kind, rng, 4))
                {
                    cases.Add(Cast("fptoui", ArithSamples.Float(kind, v), f, t));
                    cases.Add(Cast("fptosi", ArithSamples.Float(kind, v), f, t));
                }
            }
        }
        AssertSameFolds(cases);
    }

    [ToolFact("mlir-opt-22")]
    public void FloatExtensionAndTruncationFoldOnlyWhenExact()
    {
        var rng = new Random(4);
        var cases = new List<ArithFoldCase>();
        FloatKind[] kinds =
        [
            FloatKind.F16, FloatKind.BF16, FloatKind.F32, FloatKind.F64, FloatKind.F80, FloatKind.F128, FloatKind.TF32,
            FloatKind.F8E5M2, FloatKind.F8E4M3FN, FloatKind.F8E5M2FNUZ, FloatKind.F8E4M3FNUZ, FloatKind.F8E3M4,
            FloatKind.F6E3M2FN, FloatKind.F4E2M1FN, FloatKind.F8E8M0FNU,
        ];
        string[] modes = ["", " to_nearest_even", " downward", " upward", " toward_zero", " to_nearest_away"];
        foreach (var from in kinds)
            foreach (var to in kinds)
            {
                int wf = Core.Support.Float.FloatSemantics.Of(from).BitWidth;
                int wt = Core.Support.Float.FloatSemantics.Of(to).BitWidth;
                if (wf == wt)
                    continue;
                string f = ArithSamples.Keyword(from), t = ArithSamples.Keyword(to);
                foreach (var v in ArithSamples.FloatValues(from, rng, 3))
                {
                    string c = ArithSamples.Float(from, v);
                    if (wt > wf)
                        cases.Add(Cast("extf", c, f, t));
                    else
                        cases.Add(new($"%r = arith.truncf %a{modes[cases.Count % modes.Length]} : {f} to {t}", [c],
                            [t]));
                }
            }
        AssertSameFolds(cases);
    }

    [ToolFact("mlir-opt-22")]
    public void BitcastsFoldLikeMlir()
    {
        var rng = new Random(6);
        var cases = new List<ArithFoldCase>();
        (FloatKind Kind, string Int)[] pairs =
        [
            (FloatKind.F16, "i16"), (FloatKind.BF16, "i16"), (FloatKind.F32, "i32"), (FloatKind.F64, "i64"),
            (FloatKind.F8E4M3FN, "i8"), (FloatKind.F128, "i128"),
        ];
        foreach (var (kind, i) in pairs)
        {
            string f = ArithSamples.Keyword(kind);
            foreach (var v in ArithSamples.FloatValues(kind, rng, 3))
                cases.Add(Cast("bitcast", ArithSamples.Float(kind, v), f, i));
            if (i != "i128")
                foreach (var v in ArithSamples.IntValues(i, rng, 3))
                    cases.Add(Cast("bitcast", ArithSamples.Int(i, v), i, f));
        }
        foreach (var v in ArithSamples.FloatValues(FloatKind.F16, rng, 3))
            cases.Add(Cast("bitcast", ArithSamples.Float(FloatKind.F16, v), "f16", "bf16"));
        AssertSameFolds(cases);
    }
}
