namespace Dialectic.TableGen.Model;

/// <summary>A region or successor declaration; <paramref name="Blocks"/> is the exact block count (0: any).</summary>
internal sealed record RegionModel(string PropertyName, string Name, string Accessibility, string PropertyType, bool IsVariadic, int Blocks);
