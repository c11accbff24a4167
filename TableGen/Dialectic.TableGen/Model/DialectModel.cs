namespace Dialectic.TableGen.Model;

/// <summary>A dialect class marked <c>[DialectOperations("ns")]</c>.</summary>
internal sealed record DialectModel(string? Namespace, string ClassName, string DialectNamespace);
