namespace Dialectic.Core.Syntax;

/// <summary>An SSA use as written (<c>%name#number</c>), before its type is known; the name is <see cref="Token"/>'s text.</summary>
public readonly record struct UnresolvedOperand(int Number, Token Token);
