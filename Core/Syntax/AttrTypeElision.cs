namespace Dialectic.Core.Syntax;

/// <summary>Whether the printer may or must leave out the <c>: type</c> of a typed attribute.</summary>
public enum AttrTypeElision : byte
{
    /// <summary>Always print the type.</summary>
    Never,
    /// <summary>Leave out i64 integers' and f64 floats' types (inside arrays, memref spaces).</summary>
    May,
    /// <summary>Never print the type.</summary>
    Must,
}
