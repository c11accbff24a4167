namespace Dialectic.Lit;

/// <summary>
/// One mark in the input dump: the input range [<see cref="Start"/>, <see cref="End"/>) drawn with
/// <see cref="Marker"/> then '~', labelled (e.g. <c>check:3</c>) and optionally followed by a message.
/// </summary>
internal sealed record FileCheckAnnotation(int Start, int End, char Marker, string Label, string? Message);
