using Dialectic.TableGen.Model;

namespace Dialectic.TableGen.Format;

/// <summary>
/// One element of a parsed assembly format. <paramref name="Text"/> is the literal, the referenced name, or the
/// custom directive's name; <paramref name="Index"/> the referenced group's position among its kind.
/// </summary>
internal sealed record FormatElement(FormatKind Kind, string Text, int Index, bool IsAnchor, EquatableArray<FormatElement> Children)
{
    public static FormatElement Leaf(FormatKind kind, string text = "", int index = -1) =>
        new(kind, text, index, false, EquatableArray<FormatElement>.Empty);
}
