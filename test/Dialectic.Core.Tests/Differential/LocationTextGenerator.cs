using System.Globalization;

namespace Dialectic.Core.Tests.Differential;

/// <summary>
/// Generates location text (the part inside <c>loc(...)</c>): file/line/column with ranges, unknown, names
/// with and without child, call sites, fused locations with and without metadata, and alias references.
/// </summary>
internal sealed class LocationTextGenerator
{
    private static readonly string[] Files =
    [
        "a.mlir", "dir/sub/b.mlir", "we\\\"ird.mlir", "ü.mlir", "", "x", "/abs/path/c.py", "t\\09ab.mlir",
    ];

    private static readonly string[] Names = ["n", "foo", "with space", "é", "q\\\"uote", "", "a.b.c"];

    private readonly GeneratorState _s;

    public LocationTextGenerator(GeneratorState state) => _s = state;

    /// <summary>A location body; <paramref name="depth"/> bounds the nesting.</summary>
    public string Body(int depth)
    {
        int kind = _s.Weighted([10, 2, 3, 3, 2, depth > 0 ? 3 : 0, depth > 0 ? 3 : 0, depth > 0 ? 2 : 0,
            _s.LocAliases.Count > 0 && !_s.InAliasDefinition ? 3 : 0]);
        return kind switch
        {
            0 => FileLineCol(),
            1 => "unknown",
            2 => Quote(_s.Pick(Names)),
            3 => FileRange(),
            4 => Quote(_s.Pick(Names)) + "(" + Body(0) + ")",
            5 => Quote(_s.Pick(Names)) + "(" + Body(depth - 1) + ")",
            6 => "callsite(" + Body(depth - 1) + " at " + Body(depth - 1) + ")",
            7 => "fused" + (_s.Chance(2) ? "<" + Metadata() + ">" : "") + "["
                + _s.List(_s.Next(1, 4), _ => Body(depth - 1)) + "]",
            _ => "#" + _s.Pick(_s.LocAliases),
        };
    }

    /// <summary>A full <c>loc(...)</c>.</summary>
    public string Loc(int depth) => "loc(" + Body(depth) + ")";

    private string FileLineCol() =>
        Quote(_s.Pick(Files)) + ":" + Num() + (_s.Chance(6) ? "" : ":" + Num());

    private string FileRange() => _s.Chance(2)
        ? Quote(_s.Pick(Files)) + ":" + Num() + ":" + Num() + " to :" + Num()
        : Quote(_s.Pick(Files)) + ":" + Num() + ":" + Num() + " to " + Num() + ":" + Num();

    private string Metadata() => _s.Next(4) switch
    {
        0 => "\"meta\"",
        1 => "#foo.meta<1>",
        2 => "42 : i32",
        _ => "[1, \"x\"]",
    };

    private string Num() => (_s.Chance(8) ? _s.Next(0, 100000) : _s.Next(0, 40)).ToString(CultureInfo.InvariantCulture);

    private static string Quote(string s) => "\"" + s + "\"";
}
