using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Dialectic.TableGen.Tests;

/// <summary>The incremental pipeline reuses cached steps when op declarations do not change.</summary>
public sealed class CachingTests
{
    private static string Input => File.ReadAllText(Path.Combine(GeneratorHarness.SourceDirectory(), "Inputs", "ArithSubset.cs"));

    private static IncrementalStepRunReason[] Reasons(GeneratorDriverRunResult result, string step) =>
        result.Results[0].TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();

    [Fact]
    public void UnchangedInputIsCached()
    {
        var compilation = GeneratorHarness.Compile(Input);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        driver = driver.RunGenerators(compilation.Clone());
        var result = driver.GetRunResult();
        foreach (var step in new[] { OpGenerator.ParseStep, OpGenerator.OpRefsStep, OpGenerator.DialectStep })
            Assert.All(Reasons(result, step), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + ": " + r));
        // Nothing reaches the emitters again.
        Assert.All(result.Results[0].TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void UnrelatedEditKeepsOpModels()
    {
        var compilation = GeneratorHarness.Compile(Input);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        // Another file changes: the op declarations are re-parsed, but their models are equal, so nothing is re-emitted.
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Other; public sealed class Unrelated { }",
            new CSharpParseOptions(LanguageVersion.Latest), path: "Other.cs"));
        var result = driver.RunGenerators(edited).GetRunResult();
        Assert.All(Reasons(result, OpGenerator.ParseStep),
            r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        Assert.All(result.Results[0].TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
    }

    [Fact]
    public void ChangedOpIsRegenerated()
    {
        var compilation = GeneratorHarness.Compile(Input);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        var tree = compilation.SyntaxTrees.Single();
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(
            tree.GetText().ToString().IndexOf("integer addition operation"), "integer addition operation".Length, "addition")));
        var result = driver.RunGenerators(edited).GetRunResult();
        var reasons = Reasons(result, OpGenerator.ParseStep);
        Assert.Contains(IncrementalStepRunReason.Modified, reasons);
    }

    [Fact]
    public void EnumsAreCachedAndRegeneratedOnChange()
    {
        string enums = File.ReadAllText(Path.Combine(GeneratorHarness.SourceDirectory(), "Inputs", "Enums.cs"));
        var compilation = GeneratorHarness.Compile(enums);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        var unchanged = driver.RunGenerators(compilation.Clone()).GetRunResult();
        Assert.NotEmpty(Reasons(unchanged, OpGenerator.EnumStep));
        Assert.All(Reasons(unchanged, OpGenerator.EnumStep),
            r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        // Renaming one case keyword changes that enum's model only.
        var tree = compilation.SyntaxTrees.Single();
        int at = tree.GetText().ToString().IndexOf("\"slt\"", System.StringComparison.Ordinal);
        Assert.True(at >= 0);
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(at, 5, "\"sxx\"")));
        var reasons = Reasons(driver.RunGenerators(edited).GetRunResult(), OpGenerator.EnumStep);
        Assert.Contains(IncrementalStepRunReason.Modified, reasons);
        Assert.Contains(reasons, r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
    }
}
