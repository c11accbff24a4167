namespace Dialectic.Dialects.Tests.Differential;

/// <summary>An SSA value visible at the generator's insertion point: its name as written (<c>%v3</c>,
/// <c>%r2#1</c>) and its type.</summary>
internal sealed record GenValue(string Name, GenType Type)
{
    /// <summary>True for a result of an operation with several results: mlir-opt prints its uses as
    /// <c>%r#1</c>, which its own cf.switch parser does not accept.</summary>
    public bool InResultGroup { get; init; }
}
