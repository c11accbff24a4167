using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Dialectic.TableGen.Pdll;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dialectic.TableGen.Tests.Pdll;

/// <summary>Runs the op and PDLL generators in memory over C# sources and <c>.pdll</c> additional files.</summary>
internal static class PdllHarness
{
    public const string PdllPath = "/src/Patterns.pdll";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<MetadataReference[]> References = new(() =>
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).ToList();
        paths.Add(typeof(Core.IR.Operation).Assembly.Location);
        return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray();
    });

    public static CSharpCompilation Compile(params string[] sources) =>
        CSharpCompilation.Create("PdllInput",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Input{i}.cs")),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(params AdditionalText[] files) =>
        CSharpGeneratorDriver.Create(
            [new OpGenerator().AsSourceGenerator(), new PdllGenerator().AsSourceGenerator()],
            additionalTexts: files,
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs both generators; returns their result, the compilation with the generated code, and its errors.</summary>
    public static (GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> CompileErrors) Run(string pdll, params string[] sources)
    {
        var compilation = Compile(sources);
        var driver = CreateDriver(new InMemoryAdditionalText(PdllPath, pdll)).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        return (driver.GetRunResult(), output, errors);
    }

    /// <summary>The PDLL generator's diagnostics of a run.</summary>
    public static ImmutableArray<Diagnostic> PdllDiagnostics(GeneratorDriverRunResult result) =>
        result.Results.Single(r => r.Generator.GetGeneratorType() == typeof(PdllGenerator)).Diagnostics;

    /// <summary>The source the PDLL generator produced, or null.</summary>
    public static string? PdllSource(GeneratorDriverRunResult result) =>
        result.Results.Single(r => r.Generator.GetGeneratorType() == typeof(PdllGenerator)).GeneratedSources
            .Select(s => s.SourceText.ToString()).SingleOrDefault();

    /// <summary>A checked-in input of the PDLL tests (<c>Pdll/Inputs/</c>).</summary>
    public static string Input(string name) => File.ReadAllText(Path.Combine(GeneratorHarness.SourceDirectory(), "Inputs", name));
}
