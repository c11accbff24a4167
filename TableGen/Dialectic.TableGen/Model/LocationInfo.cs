using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dialectic.TableGen.Model;

/// <summary>A source location as plain values (a <see cref="Location"/> would pin the compilation in the cache).</summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    public static LocationInfo? From(Location? location) =>
        location?.SourceTree is null ? null : new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);
}
