using System.Collections.Generic;
using System.Threading;
using Dialectic.TableGen.Model;
using Microsoft.CodeAnalysis;

namespace Dialectic.TableGen.Parsing;

/// <summary>Reads an <c>[EnumAttr]</c> / <c>[BitEnumAttr]</c> enum into an <see cref="EnumModel"/>.</summary>
internal static class EnumParser
{
    private const string CaseAttribute = "Dialectic.Core.IR.Declarations.EnumCaseAttribute";

    public static EnumModel? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol { TypeKind: TypeKind.Enum } e || e.ContainingType != null)
            return null;
        var attr = context.Attributes[0];
        if (attr.ConstructorArguments.Length != 2 || attr.ConstructorArguments[0].Value is not string dialect
            || attr.ConstructorArguments[1].Value is not string name)
            return null;
        bool isBit = attr.AttributeClass?.Name == "BitEnumAttrAttribute";
        string? mnemonic = null;
        string separator = ", ";
        bool bare = false;
        int width = 64;
        foreach (var kv in attr.NamedArguments)
        {
            if (kv.Key == "Mnemonic")
                mnemonic = kv.Value.Value as string;
            else if (kv.Key == "Separator" && kv.Value.Value is string s)
                separator = s;
            else if (kv.Key == "Bare" && kv.Value.Value is bool b)
                bare = b;
            else if (kv.Key == "Width" && kv.Value.Value is int wd)
                width = wd;
        }
        var cases = new List<EnumCaseModel>();
        foreach (var member in e.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (member is not IFieldSymbol { HasConstantValue: true } f)
                continue;
            string keyword = f.Name;
            foreach (var a in f.GetAttributes())
                if (a.AttributeClass?.ToDisplayString() == CaseAttribute && a.ConstructorArguments.Length == 1 && a.ConstructorArguments[0].Value is string k)
                    keyword = k;
            cases.Add(new EnumCaseModel(f.Name, keyword, unchecked((ulong)System.Convert.ToInt64(f.ConstantValue))));
        }
        return new EnumModel(e.ContainingNamespace.IsGlobalNamespace ? null : e.ContainingNamespace.ToDisplayString(),
            e.Name, Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetText(e.DeclaredAccessibility), dialect, name, isBit,
            mnemonic, separator, cases.ToEquatableArray(), bare, width);
    }
}
