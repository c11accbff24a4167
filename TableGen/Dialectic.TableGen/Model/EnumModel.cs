namespace Dialectic.TableGen.Model;

/// <summary>One case of a declared enum: its C# member, keyword and value (as unsigned bits).</summary>
internal sealed record EnumCaseModel(string Member, string Keyword, ulong Value);

/// <summary>
/// An <c>[EnumAttr]</c> or <c>[BitEnumAttr]</c> enum: names, cases in declaration order, and for bit enums the
/// attribute mnemonic and separator.
/// </summary>
internal sealed record EnumModel(
    string? Namespace,
    string EnumName,
    string Accessibility,
    string Dialect,
    string Name,
    bool IsBitEnum,
    string? Mnemonic,
    string Separator,
    EquatableArray<EnumCaseModel> Cases,
    bool Bare = false,
    int Width = 64)
{
    public string FullEnumName => Namespace is null ? "global::" + EnumName : "global::" + Namespace + "." + EnumName;
}
