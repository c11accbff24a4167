namespace Dialectic.Core.Syntax;

/// <summary>An SSA use as written (<c>%name#number</c>), before its type is known.</summary>
public readonly record struct UnresolvedOperand(string Name, int Number, Token Token);
