using System.Text;

namespace Dialectic.Dialects.Tests.Differential;

/// <summary>A memref layout: <c>strided&lt;[...], offset: ...&gt;</c> or an affine map with symbols.</summary>
internal sealed class MemLayout
{
    private MemLayout(long[]? strides, long offset, string? affineMap, int symbols)
    {
        Strides = strides;
        Offset = offset;
        AffineMap = affineMap;
        Symbols = symbols;
        Text = strides != null ? RenderStrided(strides, offset) : affineMap!;
    }

    /// <summary>Strides of a strided layout (<see cref="GenType.Dynamic"/> for <c>?</c>), else null.</summary>
    public long[]? Strides { get; }

    /// <summary>Offset of a strided layout.</summary>
    public long Offset { get; }

    /// <summary>The <c>affine_map&lt;...&gt;</c> text of an affine layout.</summary>
    public string? AffineMap { get; }

    /// <summary>Number of symbols of an affine layout (alloc takes that many symbol operands).</summary>
    public int Symbols { get; }

    public bool IsStrided => Strides != null;

    /// <summary>How many dynamic values (offset and strides) a strided layout has.</summary>
    public int DynamicCount
    {
        get
        {
            int n = Offset == GenType.Dynamic ? 1 : 0;
            if (Strides != null)
            {
                foreach (long s in Strides)
                    n += s == GenType.Dynamic ? 1 : 0;
            }
            return n;
        }
    }

    public string Text { get; }

    public static MemLayout Strided(long[] strides, long offset) => new(strides, offset, null, 0);

    public static MemLayout Affine(string map, int symbols) => new(null, 0, map, symbols);

    // MLIR prints strided<[..]> without the offset when it is 0; the generator spells it the same way so that
    // type equality is text equality.
    private static string RenderStrided(long[] strides, long offset)
    {
        var sb = new StringBuilder("strided<[");
        for (int i = 0; i < strides.Length; i++)
        {
            if (i > 0)
                sb.Append(", ");
            sb.Append(GenType.Dim(strides[i]));
        }
        sb.Append(']');
        if (offset != 0)
            sb.Append(", offset: ").Append(GenType.Dim(offset));
        sb.Append('>');
        return sb.ToString();
    }
}
