namespace Dialectic.TableGen.Model;

/// <summary>How many values an operand, result, region or successor declaration stands for.</summary>
internal enum GroupArity
{
    Single,
    Optional,
    Variadic,
}
