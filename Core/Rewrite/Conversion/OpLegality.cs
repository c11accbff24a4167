namespace Dialectic.Core.Rewrite.Conversion;

/// <summary>What a <see cref="ConversionTarget"/> says about one op.</summary>
public enum OpLegality : byte
{
    /// <summary>The target knows nothing about the op (no op, dialect or unknown-op rule), or a dynamic callback
    /// had no opinion: full conversion must convert it, partial conversion may leave it.</summary>
    Unknown,

    /// <summary>Legal: left alone.</summary>
    Legal,

    /// <summary>Marked illegal (by op or dialect): must be converted.</summary>
    Illegal,

    /// <summary>A dynamic legality callback returned false: must be converted.</summary>
    DynamicallyIllegal,
}
