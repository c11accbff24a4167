using Dialectic.TableGen.Emitting;
using Dialectic.TableGen.Model;
using Dialectic.TableGen.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dialectic.TableGen;

/// <summary>
/// Expands declarative ops (<c>[Op]</c> classes) and dialect registration (<c>[DialectOperations]</c>).
/// Pipeline: <see cref="OpParser"/> (symbols -> equatable <see cref="OpModel"/>) -> <see cref="OpEmitter"/>;
/// unchanged declarations reuse cached output (tracked steps <see cref="ParseStep"/>, <see cref="OpRefsStep"/>).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class OpGenerator : IIncrementalGenerator
{
    public const string ParseStep = "ParseOps";
    public const string OpRefsStep = "OpRefs";
    public const string DialectStep = "ParseDialects";
    public const string EnumStep = "ParseEnums";

    private const string OpAttribute = "Dialectic.Core.IR.Declarations.OpAttribute";
    private const string DialectAttribute = "Dialectic.Core.IR.Declarations.DialectOperationsAttribute";
    private const string EnumAttribute = "Dialectic.Core.IR.Declarations.EnumAttrAttribute";
    private const string BitEnumAttribute = "Dialectic.Core.IR.Declarations.BitEnumAttrAttribute";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var ops = context.SyntaxProvider
            .ForAttributeWithMetadataName(OpAttribute, static (node, _) => node is ClassDeclarationSyntax, OpParser.Parse)
            .WithTrackingName(ParseStep);

        context.RegisterSourceOutput(ops, static (spc, result) =>
        {
            foreach (var d in result.Diagnostics)
                spc.ReportDiagnostic(d.ToDiagnostic());
            if (result.Model is { } model)
                spc.AddSource(HintName(model.Namespace, model.ClassName), OpEmitter.Emit(model));
        });

        var refs = ops
            .Where(static r => r.Model != null)
            .Select(static (r, _) => new OpRef(r.Model!.Dialect, r.Model.Mnemonic, r.Model.FullClassName, r.Model.ClassName,
                r.Model.Summary, r.Model.Description, r.Model.Format?.Source, r.Model.Location))
            .Collect()
            .Select(static (list, _) => list.ToEquatableArray())
            .WithTrackingName(OpRefsStep);

        context.RegisterSourceOutput(refs, static (spc, all) =>
        {
            // Two classes declaring one op name: reported at the second, in name order of the classes.
            var seen = new System.Collections.Generic.Dictionary<string, OpRef>();
            var sorted = new System.Collections.Generic.List<OpRef>(all);
            sorted.Sort((a, b) => string.CompareOrdinal(a.FullClassName, b.FullClassName));
            foreach (var op in sorted)
            {
                string name = op.Dialect + "." + op.Mnemonic;
                if (seen.TryGetValue(name, out var first))
                    spc.ReportDiagnostic(Diagnostic.Create(Diagnostics.DuplicateOp, op.Location?.ToLocation(), name, first.FullClassName, op.FullClassName));
                else
                    seen.Add(name, op);
            }
        });

        RegisterEnums(context, EnumAttribute);
        RegisterEnums(context, BitEnumAttribute);

        var dialects = context.SyntaxProvider
            .ForAttributeWithMetadataName(DialectAttribute, static (node, _) => node is ClassDeclarationSyntax, DialectParser.Parse)
            .Where(static d => d != null)
            .WithTrackingName(DialectStep);

        context.RegisterSourceOutput(dialects.Combine(refs), static (spc, pair) =>
        {
            var dialect = pair.Left!;
            spc.AddSource(HintName(dialect.Namespace, dialect.ClassName), DialectEmitter.Emit(dialect, pair.Right));
        });
    }

    private static void RegisterEnums(IncrementalGeneratorInitializationContext context, string attribute)
    {
        var enums = context.SyntaxProvider
            .ForAttributeWithMetadataName(attribute, static (node, _) => node is EnumDeclarationSyntax, EnumParser.Parse)
            .Where(static e => e != null)
            .WithTrackingName(EnumStep);
        context.RegisterSourceOutput(enums, static (spc, e) => spc.AddSource(HintName(e!.Namespace, e.EnumName), EnumEmitter.Emit(e)));
    }

    private static string HintName(string? ns, string name) => (ns == null ? name : ns + "." + name) + ".g.cs";
}
