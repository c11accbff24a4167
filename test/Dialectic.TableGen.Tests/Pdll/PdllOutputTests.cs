using System.IO;
using Xunit;

namespace Dialectic.TableGen.Tests.Pdll;

/// <summary>The PDLL generator's output for the checked-in sample, compared with a checked-in expected file.</summary>
public sealed class PdllOutputTests
{
    [Fact]
    public void SampleOutputMatchesExpectedFile()
    {
        var (result, _, errors) = PdllHarness.Run(PdllHarness.Input("Patterns.pdll"), PdllHarness.Input("SampleOps.cs.txt"));
        Assert.Empty(PdllHarness.PdllDiagnostics(result));
        Assert.Empty(errors);
        string? source = PdllHarness.PdllSource(result);
        Assert.NotNull(source);
        GeneratorHarness.AssertMatchesExpected(Path.Combine("Pdll", "Expected", "Sample.Pdll.SamplePatterns.Pdll.g.cs.txt"), source!);
    }
}
