using System;
using System.Collections.Generic;
using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Attributes;

/// <summary>
/// <c>loc(fused&lt;metadata&gt;[l0, l1, ...])</c>. <see cref="Get"/> canonicalizes as MLIR does: nested fused
/// locations with the same metadata are flattened, duplicates and unknowns dropped, and a result with no metadata
/// and one location (or none) is that location (or unknown).
/// </summary>
public sealed class FusedLoc : LocationAttr
{
    private readonly LocationAttr[] _locations;

    private FusedLoc(Context context, LocationAttr[] locations, Attribute? metadata) : base(context)
    {
        _locations = locations;
        Metadata = metadata;
    }

    public ReadOnlySpan<LocationAttr> Locations => _locations;
    public Attribute? Metadata { get; }

    public static LocationAttr Get(Context context, ReadOnlySpan<LocationAttr> locations, Attribute? metadata = null)
    {
        var unique = new List<LocationAttr>(locations.Length);
        var seen = new HashSet<LocationAttr>();
        foreach (var loc in locations)
        {
            if (loc is FusedLoc nested && nested.Metadata == metadata)
            {
                foreach (var inner in nested._locations)
                    if (seen.Add(inner))
                        unique.Add(inner);
                continue;
            }
            if (loc is UnknownLoc)
                continue;
            if (seen.Add(loc))
                unique.Add(loc);
        }
        if (unique.Count == 0 && metadata != null)
            unique.Add(context.UnknownLoc);
        if (metadata == null)
        {
            if (unique.Count == 0)
                return context.UnknownLoc;
            if (unique.Count == 1)
                return unique[0];
        }
        return context.Uniquer.Get(new FusedLoc(context, unique.ToArray(), metadata));
    }

    protected override int KeyHash() => HashCode.Combine(HashHelpers.Hash<LocationAttr>(_locations), Metadata);

    protected override bool KeyEquals(Uniqued other) =>
        other is FusedLoc f && f.Metadata == Metadata && HashHelpers.SequenceEqual(f._locations, _locations);
}
