using System.IO;
using System.Linq;
using Xunit;

namespace Dialectic.TableGen.Tests;

/// <summary>The generator's output for checked-in inputs, compared with checked-in expected files.</summary>
public sealed class GeneratorOutputTests
{
    [Theory]
    [InlineData("ArithSubset")]
    [InlineData("Segments")]
    [InlineData("Enums")]
    [InlineData("Hooks")]
    public void OutputMatchesExpectedFiles(string input)
    {
        string source = File.ReadAllText(Path.Combine(GeneratorHarness.SourceDirectory(), "Inputs", input + ".cs"));
        var (result, compileErrors) = GeneratorHarness.Run(source);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(compileErrors);
        var sources = GeneratorHarness.Sources(result).ToList();
        Assert.NotEmpty(sources);
        foreach (var (hint, text) in sources)
            GeneratorHarness.AssertMatchesExpected(Path.Combine("Expected", input, hint), text);
    }
}
