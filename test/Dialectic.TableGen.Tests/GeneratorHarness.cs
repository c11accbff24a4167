using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dialectic.TableGen.Tests;

/// <summary>Runs <see cref="OpGenerator"/> in memory over C# sources that reference Dialectic.Core.</summary>
internal static class GeneratorHarness
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<MetadataReference[]> References = new(() =>
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).ToList();
        paths.Add(typeof(Core.IR.Operation).Assembly.Location);
        return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray();
    });

    public static CSharpCompilation Compile(params string[] sources) =>
        CSharpCompilation.Create("GeneratorInput",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Input{i}.cs")),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(
            [new OpGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator; returns its result and the compilation's own errors after generation.</summary>
    public static (GeneratorDriverRunResult Result, ImmutableArray<Diagnostic> CompileErrors) Run(params string[] sources)
    {
        var compilation = Compile(sources);
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        return (driver.GetRunResult(), errors);
    }

    /// <summary>The test project's folder (expected files are read from and updated in the source tree).</summary>
    public static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    /// <summary>
    /// Compares <paramref name="actual"/> with the checked-in file; with <c>DIALECTIC_UPDATE_EXPECTED=1</c> the file
    /// is rewritten instead.
    /// </summary>
    public static void AssertMatchesExpected(string relativePath, string actual)
    {
        string path = Path.Combine(SourceDirectory(), relativePath);
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("DIALECTIC_UPDATE_EXPECTED") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }
        Xunit.Assert.True(File.Exists(path), $"missing expected file {relativePath} (run with DIALECTIC_UPDATE_EXPECTED=1)");
        Xunit.Assert.Equal(File.ReadAllText(path).Replace("\r\n", "\n"), actual);
    }

    public static IEnumerable<(string HintName, string Text)> Sources(GeneratorDriverRunResult result) =>
        result.Results.SelectMany(r => r.GeneratedSources).Select(s => (s.HintName, s.SourceText.ToString()));
}
