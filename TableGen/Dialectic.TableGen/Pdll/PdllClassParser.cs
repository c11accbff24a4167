using System.Collections.Generic;
using System.Threading;
using Dialectic.TableGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dialectic.TableGen.Pdll;

/// <summary>Reads a <c>[PdllPatterns]</c> class into a <see cref="PdllClassModel"/> (values only, no symbols).</summary>
internal static class PdllClassParser
{
    private const string IR = "Dialectic.Core.IR.";

    public static PdllClassModel Parse(GeneratorAttributeSyntaxContext context, CancellationToken ct)
    {
        var cls = (INamedTypeSymbol)context.TargetSymbol;
        var node = (ClassDeclarationSyntax)context.TargetNode;
        var attribute = context.Attributes[0];
        var location = LocationInfo.From(attribute.ApplicationSyntaxReference?.GetSyntax(ct).GetLocation() ?? node.Identifier.GetLocation());
        var diagnostics = new List<PdllDiagnostic>();
        if (!node.Modifiers.Any(SyntaxKind.PartialKeyword))
            diagnostics.Add(new PdllDiagnostic(PdllDiagnostics.BadClass.Id, $"PDLL patterns class '{cls.Name}' must be declared 'partial'", location));
        if (cls.ContainingType != null || cls.IsGenericType)
            diagnostics.Add(new PdllDiagnostic(PdllDiagnostics.BadClass.Id, $"PDLL patterns class '{cls.Name}' must be a non-generic class declared directly in a namespace", location));
        string file = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string ?? "" : "";
        if (file.Length == 0)
            diagnostics.Add(new PdllDiagnostic(PdllDiagnostics.FileNotFound.Id, "[PdllPatterns] needs the name of a .pdll file", location));

        var methods = new List<NativeMethod>();
        foreach (var member in cls.GetMembers())
        {
            if (member is not IMethodSymbol { IsStatic: true, MethodKind: MethodKind.Ordinary, IsGenericMethod: false } m)
                continue;
            var parameters = new List<NativeType>();
            foreach (var p in m.Parameters)
                parameters.Add(p.RefKind == RefKind.None ? Classify(p.Type) : new NativeType(p.Type.ToDisplayString(), ClrKind.Other, false));
            methods.Add(new NativeMethod(m.Name, m.ReturnsVoid ? new NativeType("void", ClrKind.Void, true) : Classify(m.ReturnType),
                parameters.ToEquatableArray()));
        }
        string? ns = cls.ContainingNamespace.IsGlobalNamespace ? null : cls.ContainingNamespace.ToDisplayString();
        return new PdllClassModel(ns, cls.Name, cls.IsStatic, file, location, methods.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static NativeType Classify(ITypeSymbol type)
    {
        string name = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        if (type.SpecialType == SpecialType.System_Boolean)
            return new NativeType(name, ClrKind.Bool, true);
        if (type is INamedTypeSymbol { IsGenericType: true } generic && generic.ConstructedFrom.ToDisplayString() == "System.Collections.Generic.IReadOnlyList<T>")
        {
            string element = generic.TypeArguments[0].WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString();
            if (element == IR + "Value")
                return new NativeType(name, ClrKind.ValueList, true);
            if (element == IR + "Type")
                return new NativeType(name, ClrKind.TypeList, true);
            return new NativeType(name, ClrKind.Other, false);
        }
        bool exact = true;
        for (var t = type; t != null; t = t.BaseType, exact = false)
        {
            switch (t.ToDisplayString())
            {
                case IR + "Value": return new NativeType(name, ClrKind.Value, exact);
                case IR + "Attribute": return new NativeType(name, ClrKind.Attribute, exact);
                case IR + "Type": return new NativeType(name, ClrKind.Type, exact);
                case IR + "Operation": return new NativeType(name, ClrKind.Operation, exact);
                case "Dialectic.Core.Rewrite.PatternRewriter": return new NativeType(name, ClrKind.PatternRewriter, exact);
            }
        }
        return new NativeType(name, ClrKind.Other, false);
    }
}
