using System.Collections.Generic;
using Dialectic.TableGen.Model;
using Dialectic.TableGen.Parsing;
using Dialectic.TableGen.Pdll.Compile;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dialectic.TableGen.Pdll;

/// <summary>
/// Compiles PDLL patterns (<c>.pdll</c> additional files) into C# rewrite patterns, for each class marked
/// <c>[PdllPatterns("file.pdll")]</c>. Pipeline: each file is parsed once per text (<see cref="ParseStep"/>; syntax
/// errors are reported whether or not a class uses the file); the classes (<see cref="ClassStep"/>) and the ops
/// declared in the compilation (<see cref="OpsStep"/>) are values; <see cref="CompileStep"/> combines them and runs
/// only when one of them changed.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PdllGenerator : IIncrementalGenerator
{
    public const string ParseStep = "PdllParse";
    public const string ClassStep = "PdllClasses";
    public const string OpsStep = "PdllOps";
    public const string CompileStep = "PdllCompile";

    private const string PatternsAttribute = "Dialectic.Core.IR.Declarations.PdllPatternsAttribute";
    private const string OpAttribute = "Dialectic.Core.IR.Declarations.OpAttribute";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Where(static t => t.Path.EndsWith(".pdll", System.StringComparison.OrdinalIgnoreCase))
            .Select(static (t, ct) => new PdllSource(t.Path, t.GetText(ct)?.ToString() ?? ""))
            .WithTrackingName(ParseStep);

        context.RegisterSourceOutput(files, static (spc, file) =>
        {
            foreach (var error in file.SyntaxErrors)
                spc.ReportDiagnostic(new PdllDiagnostic(PdllDiagnostics.Syntax.Id, error.Message, file.Locate(error.Span)).ToDiagnostic());
        });

        var classes = context.SyntaxProvider
            .ForAttributeWithMetadataName(PatternsAttribute, static (node, _) => node is ClassDeclarationSyntax, PdllClassParser.Parse)
            .WithTrackingName(ClassStep);

        var ops = context.SyntaxProvider
            .ForAttributeWithMetadataName(OpAttribute, static (node, _) => node is ClassDeclarationSyntax,
                static (ctx, ct) => PdllOpTable.From(OpParser.Parse(ctx, ct)))
            .Where(static op => op != null)
            .Collect()
            .Select(static (list, _) => Sorted(list))
            .WithTrackingName(OpsStep);

        var compiled = classes
            .Combine(files.Collect().Select(static (list, _) => list.ToEquatableArray()))
            .Combine(ops)
            .Select(static (input, ct) => ModuleCompiler.Compile(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(CompileStep);

        context.RegisterSourceOutput(compiled, static (spc, output) =>
        {
            foreach (var d in output.Diagnostics)
                spc.ReportDiagnostic(d.ToDiagnostic());
            if (output.HintName != null && output.Source != null)
                spc.AddSource(output.HintName, output.Source);
        });
    }

    /// <summary>Ops in name order, so the collected value does not depend on the order files were seen.</summary>
    private static EquatableArray<PdllOpInfo> Sorted(System.Collections.Immutable.ImmutableArray<PdllOpInfo?> list)
    {
        var sorted = new List<PdllOpInfo>(list.Length);
        foreach (var op in list)
            sorted.Add(op!);
        sorted.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        return sorted.ToEquatableArray();
    }
}
