namespace Dialectic.Core.Rewrite.Conversion;

/// <summary>Which way a cast made by the conversion bridges types.</summary>
internal enum MaterializationKind : byte
{
    /// <summary>Converted values back to the original type, for users not converted (yet).</summary>
    Source,

    /// <summary>A value of an original type into the converted type a pattern's operand needs.</summary>
    Target,
}
