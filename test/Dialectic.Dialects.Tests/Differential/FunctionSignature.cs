using System.Collections.Generic;

namespace Dialectic.Dialects.Tests.Differential;

/// <summary>A callable symbol of the program: a function with a body or a private declaration.</summary>
internal sealed record FunctionSignature(string Name, IReadOnlyList<GenType> Args, IReadOnlyList<GenType> Results)
{
    /// <summary>The function type, <c>(i32, f32) -&gt; (i1, index)</c>.</summary>
    public string FunctionType => "(" + TypeChooser.Join(Args) + ") -> " + TypeChooser.ResultList(Results);
}
