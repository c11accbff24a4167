namespace Dialectic.TableGen.Model;

/// <summary>What dialect registration and documentation need about an op.</summary>
internal sealed record OpRef(
    string Dialect,
    string Mnemonic,
    string FullClassName,
    string ClassName,
    string? Summary,
    string? Description,
    string? Format,
    LocationInfo? Location);
