namespace Dialectic.Dialects.Tests.Arith;

/// <summary>
/// One folding case: constants <see cref="Operands"/> (MLIR attribute syntax with type, bound to <c>%a</c>,
/// <c>%b</c>, ...) fed to one op written in <see cref="Body"/>, whose results (<see cref="ResultTypes"/>) the function
/// returns. The body binds its results as <c>%r</c> (one result) or <c>%r:2</c>.
/// </summary>
public sealed record ArithFoldCase(string Body, string[] Operands, string[] ResultTypes)
{
    public override string ToString() => $"{Body} with ({string.Join(", ", Operands)})";
}
