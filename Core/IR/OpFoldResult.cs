namespace Dialectic.Core.IR;

/// <summary>
/// One result of folding an op (MLIR's OpFoldResult): either a constant attribute, to be materialized by the
/// dialect, or an existing value that replaces the result.
/// </summary>
public readonly record struct OpFoldResult
{
    private OpFoldResult(Attribute? attribute, Value? value)
    {
        Attribute = attribute;
        Value = value;
    }

    /// <summary>The constant the result folds to, or null.</summary>
    public Attribute? Attribute { get; }

    /// <summary>The value the result folds to, or null.</summary>
    public Value? Value { get; }

    public static implicit operator OpFoldResult(Attribute attribute) => new(attribute, null);

    public static implicit operator OpFoldResult(Value value) => new(null, value);
}
