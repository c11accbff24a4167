using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Dialectic.Tests.Shared;
using Dialectic.Tools.Opt;
using Xunit;
using Xunit.Abstractions;

namespace Dialectic.Lit.Tests;

/// <summary>
/// Every <c>*.mlir</c> file under <c>test/lit/</c> (outside <c>Inputs/</c> and <c>Output/</c> folders) is one xunit
/// case, run by the in-process lit runner with dialectic-opt registered as an in-process tool.
/// </summary>
public sealed class LitTests
{
    private static readonly LitRunner Runner = new(new Dictionary<string, ToolEntry>(StringComparer.Ordinal)
    {
        ["dialectic-opt"] = OptMain.Run,
        ["dialectic-run"] = Dialectic.Tools.Run.RunMain.Run,
        ["dialectic-translate"] = Dialectic.Tools.Translate.TranslateMain.Run,
    });

    private readonly ITestOutputHelper output;

    public LitTests(ITestOutputHelper output) => this.output = output;

    /// <summary>Lit test files relative to <c>test/lit</c>, with '/' separators, sorted for stable case
    /// names.</summary>
    public static IEnumerable<object[]> Files()
    {
        string root = RepoPaths.LitTests;
        return Directory.EnumerateFiles(root, "*.mlir", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(relative => !relative.Split('/').SkipLast(1).Any(part => part is "Inputs" or "Output"))
            .OrderBy(relative => relative, StringComparer.Ordinal)
            .Select(relative => new object[] { relative });
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Lit(string file)
    {
        LitResult result = Runner.Run(Path.Combine(RepoPaths.LitTests, file));
        if (result.Status == LitStatus.Unsupported)
            output.WriteLine("UNSUPPORTED: " + result.Reason);
        output.WriteLine(result.Log);
        Assert.True(result.IsSuccess, $"{file}: {result.Status}: {result.Reason}\n{result.Log}");
    }
}
