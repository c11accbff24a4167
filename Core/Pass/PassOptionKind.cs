namespace Dialectic.Core.Pass;

/// <summary>The value type of a pass option (of each element, for a list option).</summary>
public enum PassOptionKind
{
    Bool,
    Int32,
    Int64,
    UInt32,
    UInt64,
    Double,
    String,
    Enum,
}
