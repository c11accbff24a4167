using System.Text;

namespace Dialectic.Dialects.Tests.Execution;

/// <summary>
/// A memref value of a generated program: a view of <see cref="Sizes"/> elements laid out with
/// <see cref="Strides"/> and <see cref="Offset"/> in the buffer allocated as <see cref="Root"/>. Invariants:
/// every element of the view is initialized before the view exists; only the outermost dimension may be dynamic
/// (so strides and offsets stay static); the true sizes are always known to the generator, which is what keeps
/// every access in bounds; float elements never exceed <see cref="ExecProgramGenerator.MemoryBound"/> in
/// magnitude.
/// </summary>
internal sealed class ExecMemRef
{
    public ExecMemRef(string name, ExecType element, int[] sizes, int[] strides, int offset, bool dynamicFirst,
        bool identity, int root)
    {
        Name = name;
        Element = element;
        Sizes = sizes;
        Strides = strides;
        Offset = offset;
        DynamicFirst = dynamicFirst;
        Identity = identity;
        Root = root;
        TypeText = BuildTypeText();
    }

    public string Name { get; }

    public ExecType Element { get; }

    /// <summary>The true size of each dimension (also of a dynamic one).</summary>
    public int[] Sizes { get; }

    public int[] Strides { get; }

    public int Offset { get; }

    /// <summary>Whether the type spells the outermost dimension as <c>?</c>.</summary>
    public bool DynamicFirst { get; }

    /// <summary>Whether the type has the identity layout (no <c>strided&lt;...&gt;</c>).</summary>
    public bool Identity { get; }

    /// <summary>Identifies the allocation this view belongs to: views with different roots never overlap.</summary>
    public int Root { get; }

    /// <summary>The MLIR type, e.g. <c>memref&lt;?x4xi32&gt;</c> or
    /// <c>memref&lt;2x2xf32, strided&lt;[4, 1], offset: 5&gt;&gt;</c>.</summary>
    public string TypeText { get; }

    public int Rank => Sizes.Length;

    /// <summary>Row-major strides of a contiguous buffer of <paramref name="sizes"/>.</summary>
    public static int[] ContiguousStrides(int[] sizes)
    {
        var strides = new int[sizes.Length];
        int s = 1;
        for (int i = sizes.Length - 1; i >= 0; i--)
        {
            strides[i] = s;
            s *= sizes[i];
        }
        return strides;
    }

    /// <summary>The shape part of the type without layout, e.g. <c>2x?x</c>-free <c>3x4</c>.</summary>
    public string ShapeText()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < Sizes.Length; i++)
        {
            if (i == 0 && DynamicFirst)
                sb.Append('?');
            else
                sb.Append(Sizes[i]);
            sb.Append('x');
        }
        return sb.ToString();
    }

    private string BuildTypeText()
    {
        var sb = new StringBuilder("memref<");
        sb.Append(ShapeText()).Append(Element.Text);
        if (!Identity)
        {
            sb.Append(", strided<[");
            for (int i = 0; i < Strides.Length; i++)
                sb.Append(i > 0 ? ", " : "").Append(Strides[i]);
            sb.Append(']');
            if (Offset != 0)
                sb.Append(", offset: ").Append(Offset);
            sb.Append('>');
        }
        return sb.Append('>').ToString();
    }

    public override string ToString() => Name + " : " + TypeText;
}
