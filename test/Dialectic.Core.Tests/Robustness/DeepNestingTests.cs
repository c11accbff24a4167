using System;
using System.Diagnostics;
using Xunit;

namespace Dialectic.Core.Tests.Robustness;

/// <summary>
/// 10,000 levels of nesting parse, verify, print and round-trip; 1,000,000 levels are a located error,
/// never a stack overflow, in bounded time.
/// </summary>
public sealed class DeepNestingTests
{
    private const int Deep = 10_000;
    private const int Absurd = 1_000_000;
    private static readonly TimeSpan AbsurdTimeLimit = TimeSpan.FromSeconds(60);

    public static TheoryData<string> PrintFlags => new() { "--mlir-print-op-generic", "--mlir-print-debuginfo" };

    [Theory]
    [MemberData(nameof(PrintFlags))]
    public void DeepRegionsRoundTrip(string flag)
    {
        var run = OptRun.Run(NestedText.Regions(Deep), flag);
        OptAssert.RoundTrips(run, "10,000-deep regions", flag);
        Assert.Equal(Deep, CountOccurrences(run.Stdout, "\"t.a\"()"));
    }

    [Fact]
    public void DeepMultiBlockRegionsRoundTrip()
    {
        var run = OptRun.Run(NestedText.MultiBlockRegions(Deep));
        OptAssert.RoundTrips(run, "10,000-deep multi-block regions");
        Assert.Equal(Deep, CountOccurrences(run.Stdout, "\"t.end\"()"));
    }

    public static TheoryData<string, string, string, string> DeepAttributes => new()
    {
        { "arrays", "[", "", "]" },
        { "dictionaries", "{a = ", "1 : i32", "}" },
        { "tuple types", "tuple<", "i32", ">" },
        { "function types", "(", "() -> ()", ") -> ()" },
        { "function results", "() -> (", "i1", ")" },
        { "complex in tuples", "tuple<complex<f32>, ", "i8", ">" },
        { "dialect types", "!t.x<", "", ">" },
        { "dialect attributes", "#t.y<", "1", ">" },
        { "type attributes in arrays", "[i32, ", "i64", "]" },
        { "dense elements", "dense<", "[1]> : tensor<1xi32", "" },
    };

    [Theory]
    [MemberData(nameof(DeepAttributes))]
    public void DeepAttributesRoundTrip(string what, string open, string core, string close)
    {
        if (what == "dense elements")
        {
            // dense<[[[...]]]> of a 10,000-rank tensor.
            string shape = string.Concat(System.Linq.Enumerable.Repeat("1x", Deep));
            var text = NestedText.Build("\"t.a\"() {v = dense<", "[", Deep, "1", "]", $"> : tensor<{shape}i32>}} : () -> ()\n");
            OptAssert.RoundTrips(OptRun.Run(text), what);
            return;
        }
        foreach (var flag in new[] { "--mlir-print-op-generic", "--mlir-print-local-scope" })
            OptAssert.RoundTrips(OptRun.Run(NestedText.Attribute(open, Deep, core, close), flag), what, flag);
    }

    [Fact]
    public void DeepLocationsRoundTrip()
    {
        var callsites = NestedText.Build("\"t.a\"() : () -> () loc(", "callsite(", Deep, "\"f\"", " at \"g\":1:2)", ")\n");
        OptAssert.RoundTrips(OptRun.Run(callsites, "--mlir-print-debuginfo"), "callsite locations", "--mlir-print-debuginfo");
        var fused = NestedText.Build("\"t.a\"() : () -> () loc(", "fused[\"a\", ", Deep, "\"b\"", "]", ")\n");
        OptAssert.RoundTrips(OptRun.Run(fused, "--mlir-print-debuginfo"), "fused locations", "--mlir-print-debuginfo");
    }

    public static TheoryData<string, string> AbsurdNesting => new()
    {
        { "regions", "\"t.a\"() ({ " },
        { "arrays", "\"t.a\"() {v = [" },
        { "dictionaries", "\"t.a\"() {v = {a = " },
        { "function types", "\"t.a\"() : (" },
        { "function results", "\"t.a\"() : () -> (" },
        { "tuple types", "\"t.a\"() : () -> tuple<" },
        { "dense elements", "\"t.a\"() {v = dense<[" },
        { "properties", "\"t.a\"() <{v = [" },
        { "fused locations", "\"t.a\"() : () -> () loc(fused[" },
        { "callsite locations", "\"t.a\"() : () -> () loc(callsite(" },
        { "dialect types", "\"t.a\"() : () -> !t.x<" },
        { "affine parentheses", "#m = affine_map<(d0) -> (" },
        { "braces at top level", "{" },
    };

    [Theory]
    [MemberData(nameof(AbsurdNesting))]
    public void MillionDeepUnclosedNestingIsALocatedError(string what, string prefix)
    {
        // The opener of the first level is in the prefix; repeat its last "(" / "[" / "{" / "<" / token.
        string open = OpenerOf(prefix);
        string text = NestedText.Build(prefix, open, Absurd, "", "", "");
        AssertLocatedFailureInTime(text, what, expectNestingLimit: false);
    }

    public static TheoryData<string, string, string, string> AbsurdBalanced => new()
    {
        { "regions", "\"t.a\"() ({ ", "\"t.b\"() : () -> ()", " }) : () -> ()" },
        { "arrays", "[", "", "]" },
        { "dictionaries", "{a = ", "1", "}" },
        { "function types", "(", "() -> ()", ") -> ()" },
        { "tuple types", "tuple<", "i32", ">" },
    };

    [Theory]
    [MemberData(nameof(AbsurdBalanced))]
    public void MillionDeepBalancedNestingIsALocatedError(string what, string open, string core, string close)
    {
        string text = what == "regions"
            ? NestedText.Build("", open, Absurd, core, close, "")
            : NestedText.Attribute(open, Absurd, core, close);
        AssertLocatedFailureInTime(text, what, expectNestingLimit: true);
    }

    private static void AssertLocatedFailureInTime(string text, string what, bool expectNestingLimit)
    {
        var clock = Stopwatch.StartNew();
        var run = OptRun.RunWithTimeout(text, AbsurdTimeLimit);
        Assert.True(run != null, $"{what}: no result within {AbsurdTimeLimit.TotalSeconds} s");
        OptAssert.LocatedFailure(run!, what);
        if (expectNestingLimit)
            Assert.Contains("nesting depth exceeds the limit", run!.Stderr, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < AbsurdTimeLimit, $"{what}: took {clock.Elapsed}");
    }

    private static string OpenerOf(string prefix)
    {
        foreach (var opener in new[] { "\"t.a\"() ({ ", "{a = ", "fused[", "callsite(", "tuple<", "!t.x<", "dense<[" })
            if (prefix.EndsWith(opener, StringComparison.Ordinal))
                return opener == "dense<[" ? "[" : opener;
        return prefix[^1..];
    }

    private static int CountOccurrences(string text, string what)
    {
        int count = 0;
        for (int i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal))
            count++;
        return count;
    }
}
