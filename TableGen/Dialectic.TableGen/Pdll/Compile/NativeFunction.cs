using System.Collections.Generic;
using Dialectic.TableGen.Pdll.Syntax;

namespace Dialectic.TableGen.Pdll.Compile;

/// <summary>A native constraint or rewrite declared in PDLL, with the C# method implementing it (null when none
/// matched the declared signature).</summary>
internal sealed class NativeFunction(NativeDecl decl, List<PType> parameters, PType result)
{
    public NativeDecl Decl { get; } = decl;
    public string Name => Decl.Name;
    public bool IsConstraint => Decl.Kind == NativeKind.Constraint;
    public List<PType> Parameters { get; } = parameters;
    /// <summary>A rewrite's result (<see cref="PType.None"/> for none); a constraint's is none.</summary>
    public PType Result { get; } = result;
    public NativeMethod? Method { get; set; }
    /// <summary>True when the C# method takes the <c>PatternRewriter</c> before the PDLL arguments.</summary>
    public bool TakesRewriter { get; set; }
}
