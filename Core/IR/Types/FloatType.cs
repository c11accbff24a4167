using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Types;

/// <summary>A builtin floating-point type (<c>f32</c>, <c>bf16</c>, <c>f8E4M3FN</c>, ...).</summary>
public sealed class FloatType : Type
{
    private static readonly string[] Keywords =
    [
        "f16", "bf16", "f32", "f64", "f80", "f128", "tf32", "f4E2M1FN", "f6E2M3FN", "f6E3M2FN", "f8E5M2",
        "f8E4M3", "f8E4M3FN", "f8E5M2FNUZ", "f8E4M3FNUZ", "f8E4M3B11FNUZ", "f8E3M4", "f8E8M0FNU",
    ];

    private static readonly int[] Widths = [16, 16, 32, 64, 80, 128, 19, 4, 6, 6, 8, 8, 8, 8, 8, 8, 8, 8];

    internal FloatType(Context context, FloatKind kind) : base(context) => Kind = kind;

    public FloatKind Kind { get; }

    /// <summary>The type's keyword in MLIR syntax.</summary>
    public string Keyword => Keywords[(int)Kind];

    /// <summary>Bit width of the storage format (tf32 is 19 bits).</summary>
    public int Width => Widths[(int)Kind];

    public static FloatType Get(Context context, FloatKind kind) => context.GetFloatType(kind);

    /// <summary>Maps a keyword (<c>"f32"</c>) to its kind; false for anything else.</summary>
    public static bool TryGetKind(string keyword, out FloatKind kind)
    {
        for (int i = 0; i < Keywords.Length; i++)
        {
            if (Keywords[i] == keyword)
            {
                kind = (FloatKind)i;
                return true;
            }
        }
        kind = default;
        return false;
    }

    internal static int KindCount => Keywords.Length;

    protected override int KeyHash() => 0x3000 + (int)Kind;

    protected override bool KeyEquals(Uniqued other) => other is FloatType f && f.Kind == Kind;
}
