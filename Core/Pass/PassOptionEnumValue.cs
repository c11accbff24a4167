namespace Dialectic.Core.Pass;

/// <summary>One accepted value of an enum pass option.</summary>
public sealed record PassOptionEnumValue(string Name, string Description, object Value);
