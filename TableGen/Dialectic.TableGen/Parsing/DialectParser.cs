using System.Threading;
using Dialectic.TableGen.Model;
using Microsoft.CodeAnalysis;

namespace Dialectic.TableGen.Parsing;

/// <summary>Reads a <c>[DialectOperations("ns")]</c> dialect class into a <see cref="DialectModel"/>.</summary>
internal static class DialectParser
{
    public static DialectModel? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var cls = (INamedTypeSymbol)context.TargetSymbol;
        if (context.Attributes[0].ConstructorArguments.Length != 1 || context.Attributes[0].ConstructorArguments[0].Value is not string ns)
            return null;
        return new DialectModel(cls.ContainingNamespace.IsGlobalNamespace ? null : cls.ContainingNamespace.ToDisplayString(), cls.Name, ns);
    }
}
