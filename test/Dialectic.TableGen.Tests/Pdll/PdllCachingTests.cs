using System.Linq;
using Dialectic.TableGen.Pdll;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Dialectic.TableGen.Tests.Pdll;

/// <summary>The PDLL pipeline reuses its cached steps when neither the .pdll file, the patterns class's signature
/// nor the ops change.</summary>
public sealed class PdllCachingTests
{
    private static GeneratorRunResult PdllResult(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single(r => r.Generator.GetGeneratorType() == typeof(PdllGenerator));

    private static IncrementalStepRunReason[] Reasons(GeneratorDriver driver, string step) =>
        PdllResult(driver).TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();

    private static bool Reused(IncrementalStepRunReason r) => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged;

    private static (GeneratorDriver Driver, Compilation Compilation, InMemoryAdditionalText File) Start()
    {
        var file = new InMemoryAdditionalText(PdllHarness.PdllPath, PdllHarness.Input("Patterns.pdll"));
        var compilation = PdllHarness.Compile(PdllHarness.Input("SampleOps.cs.txt"));
        var driver = PdllHarness.CreateDriver(file).RunGenerators(compilation);
        Assert.NotNull(PdllResult(driver).GeneratedSources.SingleOrDefault().SourceText);
        return (driver, compilation, file);
    }

    [Fact]
    public void UnchangedInputIsCached()
    {
        var (driver, compilation, _) = Start();
        driver = driver.RunGenerators(compilation.Clone());
        foreach (var step in new[] { PdllGenerator.ParseStep, PdllGenerator.ClassStep, PdllGenerator.OpsStep, PdllGenerator.CompileStep })
            Assert.All(Reasons(driver, step), r => Assert.True(Reused(r), step + ": " + r));
        Assert.All(PdllResult(driver).TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void UnrelatedCSharpEditDoesNotRecompile()
    {
        var (driver, compilation, _) = Start();
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Other; public sealed class Unrelated { }",
            new CSharpParseOptions(LanguageVersion.Latest), path: "Other.cs"));
        driver = driver.RunGenerators(edited);
        Assert.All(Reasons(driver, PdllGenerator.CompileStep), r => Assert.True(Reused(r), r.ToString()));
        Assert.All(PdllResult(driver).TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.True(Reused(o.Reason), o.Reason.ToString()));
    }

    [Fact]
    public void EditingANativeBodyDoesNotRecompile()
    {
        var (driver, compilation, _) = Start();
        var tree = compilation.SyntaxTrees.Single();
        string text = tree.GetText().ToString();
        const string body = "value.UseEmpty;";
        int at = text.IndexOf(body, System.StringComparison.Ordinal);
        Assert.True(at >= 0);
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(at, body.Length, "value.FirstUse == null;")));
        driver = driver.RunGenerators(edited);
        // The class is read again, but its model (names and signatures) is equal: nothing downstream runs.
        Assert.All(Reasons(driver, PdllGenerator.ClassStep), r => Assert.True(Reused(r), r.ToString()));
        Assert.All(Reasons(driver, PdllGenerator.CompileStep), r => Assert.True(Reused(r), r.ToString()));
    }

    [Fact]
    public void EditingThePdllFileRecompiles()
    {
        var (driver, compilation, file) = Start();
        var changed = new InMemoryAdditionalText(PdllHarness.PdllPath, PdllHarness.Input("Patterns.pdll").Replace("benefit(3)", "benefit(4)"));
        driver = driver.ReplaceAdditionalText(file, changed).RunGenerators(compilation);
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(driver, PdllGenerator.ParseStep));
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(driver, PdllGenerator.CompileStep));
        Assert.Contains(": base(context, 4", PdllResult(driver).GeneratedSources.Single().SourceText.ToString());
    }
}
