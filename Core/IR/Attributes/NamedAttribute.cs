namespace Dialectic.Core.IR.Attributes;

/// <summary>A name/value pair of an attribute dictionary or of op properties.</summary>
public readonly record struct NamedAttribute(string Name, Attribute Value);
