using Dialectic.TableGen.Model;

namespace Dialectic.TableGen.Format;

/// <summary>A validated assembly format: its top-level elements.</summary>
internal sealed record FormatModel(string Source, EquatableArray<FormatElement> Elements);
