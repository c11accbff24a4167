namespace Dialectic.Core.Rewrite.Conversion;

/// <summary>How a <see cref="ConversionTarget"/> treats an op (MLIR's <c>ConversionTarget::LegalizationAction</c>).</summary>
public enum LegalizationAction : byte
{
    /// <summary>The op is always legal: the conversion leaves it alone.</summary>
    Legal,

    /// <summary>A callback decides per op: true legal, false illegal, null no opinion (not legal, not illegal).</summary>
    Dynamic,

    /// <summary>The op must be converted: the conversion fails when it cannot be.</summary>
    Illegal,
}
