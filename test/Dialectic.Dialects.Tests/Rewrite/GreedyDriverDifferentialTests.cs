using Dialectic.Core.Rewrite;
using Dialectic.Core.Verification;
using Dialectic.Dialects.Tests.Differential;
using Dialectic.Tests.Shared;
using Xunit;

namespace Dialectic.Dialects.Tests.Rewrite;

/// <summary>
/// Our greedy driver with no patterns against <c>mlir-opt-22 --test-greedy-patterns</c>, which on these dialects is
/// MLIR's greedy driver with folding, constant uniquing, dead code removal and region simplification only: the
/// outputs, with locations, must be identical, bottom-up (the pass's default) and top-down. The pass uses
/// <c>GreedyRewriteConfig</c>'s defaults, whose region simplification is aggressive (the canonicalizer's is normal).
/// </summary>
public sealed class GreedyDriverDifferentialTests
{
    public static TheoryData<int, bool, bool> Cases()
    {
        var data = new TheoryData<int, bool, bool>();
        for (int i = 0; i < GreedyCases.All.Length; i++)
            foreach (bool topDown in new[] { false, true })
                foreach (bool debugInfo in new[] { false, true })
                    data.Add(i, topDown, debugInfo);
        return data;
    }

    [ToolTheory("mlir-opt-22")]
    [MemberData(nameof(Cases))]
    public void MatchesMlirOptTestGreedyPatterns(int index, bool topDown, bool debugInfo)
    {
        string options = topDown ? "top-down=true" : "";
        var config = new GreedyRewriteConfig { UseTopDownTraversal = topDown, RegionSimplification = GreedySimplifyRegionLevel.Aggressive };
        Compare(GreedyCases.All[index], options, config, debugInfo);
    }

    public static TheoryData<int, string> OptionCases()
    {
        var data = new TheoryData<int, string>();
        for (int i = 0; i < GreedyCases.All.Length; i++)
            foreach (string options in new[] { "fold=false", "cse-constants=false", "max-iterations=1", "fold=false cse-constants=false top-down=true" })
                data.Add(i, options);
        return data;
    }

    /// <summary>The pass's options map to the config: no folding, no constant uniquing, one sweep.</summary>
    [ToolTheory("mlir-opt-22")]
    [MemberData(nameof(OptionCases))]
    public void MatchesMlirOptWithOptions(int index, string options)
    {
        var config = new GreedyRewriteConfig { UseTopDownTraversal = false, RegionSimplification = GreedySimplifyRegionLevel.Aggressive };
        foreach (string option in options.Split(' '))
        {
            var (name, value) = (option.Split('=')[0], option.Split('=')[1]);
            config = name switch
            {
                "fold" => config with { EnableFolding = bool.Parse(value) },
                "cse-constants" => config with { EnableConstantCSE = bool.Parse(value) },
                "max-iterations" => config with { MaxIterations = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                "top-down" => config with { UseTopDownTraversal = bool.Parse(value) },
                _ => throw new System.ArgumentException(option),
            };
        }
        Compare(GreedyCases.All[index], options, config, debugInfo: true);
    }

    private static void Compare(string input, string options, GreedyRewriteConfig config, bool debugInfo)
    {
        var flags = new System.Collections.Generic.List<string> { options.Length == 0 ? "--test-greedy-patterns" : "--test-greedy-patterns=" + options };
        if (debugInfo)
            flags.Add("--mlir-print-debuginfo");
        var expected = DiffRunner.MlirOpt(input, flags.ToArray());
        Assert.True(expected.ExitCode == 0, expected.Stderr);

        var module = RewriteHarness.Parse(input, out _);
        Assert.True(Verifier.Verify(module));
        GreedyPatternRewriteDriver.ApplyPatternsGreedily(module, new FrozenRewritePatternSet(), config);
        Assert.True(Verifier.Verify(module));
        Assert.Equal(expected.Stdout, RewriteHarness.Print(module, debugInfo));
    }
}
