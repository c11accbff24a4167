using System;
using System.Collections.Generic;
using System.Numerics;
using Dialectic.Core.IR;
using Dialectic.Dialects.Func;
using Dialectic.Dialects.Index;
using Dialectic.Dialects.Tests.Math;
using Dialectic.Tests.Shared;
using Xunit;

namespace Dialectic.Dialects.Tests.Index;

/// <summary>
/// Our <c>index</c> folders against <c>mlir-opt-22 --canonicalize</c>: every binary op, cmp with every
/// predicate, the casts to index, and cmp of a max/min against a constant, on 64-bit values chosen where the
/// 32- and 64-bit answers part (around 2^31 and 2^32) and seeded random ones.
/// </summary>
public sealed class IndexFoldDifferentialTests
{
    private static readonly string[] Binary =
    [
        "add", "sub", "mul", "divs", "divu", "ceildivs", "ceildivu", "floordivs", "rems", "remu",
        "maxs", "maxu", "mins", "minu", "shl", "shrs", "shru", "and", "or", "xor",
    ];

    private static readonly string[] Predicates = ["eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge"];

    private static Context NewContext()
    {
        var context = new Context();
        context.RegisterDialect(new FuncDialect(context));
        context.RegisterDialect(new IndexDialect(context));
        return context;
    }

    private static void AssertSameFolds(List<FoldCase> cases)
    {
        var diffs = FoldOracle.DifferencesInPlace(NewContext(), cases, "index.constant");
        Assert.True(diffs.Count == 0, $"{diffs.Count}+ of {cases.Count} cases differ:\n" + string.Join("\n", diffs));
    }

    /// <summary>Values around the 32-bit boundaries and the 64-bit extremes, plus random ones.</summary>
    private static List<BigInteger> Values(Random rng, int random)
    {
        var values = new List<BigInteger>();
        BigInteger min = -(BigInteger.One << 63), max = (BigInteger.One << 63) - 1;
        void Add(BigInteger v)
        {
            if (v >= min && v <= max && !values.Contains(v))
                values.Add(v);
        }
        foreach (var v in new BigInteger[] { 0, 1, -1, 2, -2, 3, -3, 5, -7, 31, 32, 33, 63, 64 })
            Add(v);
        foreach (var b in new[] { 31, 32, 63 })
        {
            var p = BigInteger.One << b;
            Add(p);
            Add(p - 1);
            Add(p + 1);
            Add(-p);
            Add(-p + 1);
            Add(b < 63 ? -p - 1 : p - 2);
        }
        Add((BigInteger.One << 32) + 5);
        Add(-(BigInteger.One << 32) - 5);
        for (int i = 0; i < random; i++)
        {
            long v = rng.NextInt64(long.MinValue, long.MaxValue);
            Add(i % 3 == 0 ? v : i % 3 == 1 ? (int)v : v >> rng.Next(1, 60));
        }
        return values;
    }

    private static string Index(BigInteger v) => $"{v} : index";

    [ToolFact("mlir-opt-22")]
    public void BinaryOpsFoldWhenBothWidthsAgree()
    {
        var values = Values(new Random(31), 8);
        var cases = new List<FoldCase>();
        foreach (var op in Binary)
            foreach (var x in values)
                foreach (var y in values)
                    cases.Add(new($"%r = index.{op} %a, %b", [Index(x), Index(y)], ["index", "index"], "index"));
        AssertSameFolds(cases);
    }

    [ToolFact("mlir-opt-22")]
    public void CmpFoldsEveryPredicate()
    {
        var values = Values(new Random(37), 6);
        var cases = new List<FoldCase>();
        foreach (var pred in Predicates)
            foreach (var x in values)
                foreach (var y in values)
                    cases.Add(new($"%r = index.cmp {pred}(%a, %b)", [Index(x), Index(y)], ["index", "index"], "i1"));
        AssertSameFolds(cases);
    }

    [ToolFact("mlir-opt-22")]
    public void CmpOfMaxOrMinFoldsOverItsRange()
    {
        var values = Values(new Random(41), 4);
        var cases = new List<FoldCase>();
        foreach (var minMax in new[] { "maxs", "maxu", "mins", "minu" })
            foreach (var pred in Predicates)
                foreach (var bound in values)
                    foreach (var rhs in values)
                        cases.Add(new($"%m = index.{minMax} %x, %a\n  %r = index.cmp {pred}(%m, %b)",
                            [Index(bound), Index(rhs)], ["index", "index"], "i1", "%x: index"));
        AssertSameFolds(cases);
    }

    [ToolFact("mlir-opt-22")]
    public void CmpOfAValueWithItselfFolds()
    {
        var cases = new List<FoldCase>();
        foreach (var pred in Predicates)
            cases.Add(new($"%r = index.cmp {pred}(%x, %x)", [], [], "i1", "%x: index"));
        AssertSameFolds(cases);
    }

    [ToolFact("mlir-opt-22")]
    public void IdentitiesFoldToTheOperand()
    {
        var cases = new List<FoldCase>
        {
            new("%r = index.add %x, %a", [Index(0)], ["index"], "index", "%x: index"),
            new("%r = index.sub %x, %a", [Index(0)], ["index"], "index", "%x: index"),
            new("%r = index.mul %x, %a", [Index(1)], ["index"], "index", "%x: index"),
            new("%r = index.mul %x, %a", [Index(0)], ["index"], "index", "%x: index"),
            new("%r = index.divs %x, %a", [Index(1)], ["index"], "index", "%x: index"),
        };
        var context = NewContext();
        var expected = FoldOracle.MlirFolds(cases, "index.constant");
        var ours = FoldOracle.OurFoldsInPlace(context, cases, "index.constant");
        // add/sub/mul by the identity fold to %x, mul by zero to the zero; divs by one stays (no such folder).
        Assert.Equal(string.Join("|", expected), string.Join("|", ours));
        Assert.Equal("<value>|<value>|<value>|0 : index|", string.Join("|", ours));
    }

    [ToolFact("mlir-opt-22")]
    public void CastsToIndexFold()
    {
        var rng = new Random(43);
        var cases = new List<FoldCase>();
        foreach (var t in new[] { "i1", "i8", "i32", "i64", "i128" })
        {
            int width = int.Parse(t.AsSpan(1), provider: System.Globalization.CultureInfo.InvariantCulture);
            foreach (var v in IntegerSamples.Values(width, rng, 6))
                foreach (var op in new[] { "casts", "castu" })
                    cases.Add(new($"%r = index.{op} %a : {t} to index", [$"{v} : {t}"], [t], "index"));
        }
        var diffs = FoldOracle.Differences(NewContext(), cases, "arith.constant");
        Assert.True(diffs.Count == 0, $"{diffs.Count}+ of {cases.Count} cases differ:\n" + string.Join("\n", diffs));
    }
}
