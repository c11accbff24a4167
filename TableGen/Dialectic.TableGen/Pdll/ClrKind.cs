namespace Dialectic.TableGen.Pdll;

/// <summary>What a C# parameter or return type of a native function is, as far as PDLL is concerned.</summary>
internal enum ClrKind
{
    Other,
    Void,
    Bool,
    /// <summary><c>Dialectic.Core.IR.Value</c> or a class derived from it.</summary>
    Value,
    Attribute,
    Type,
    Operation,
    PatternRewriter,
    /// <summary><c>IReadOnlyList&lt;Value&gt;</c>.</summary>
    ValueList,
    /// <summary><c>IReadOnlyList&lt;Type&gt;</c>.</summary>
    TypeList,
}
