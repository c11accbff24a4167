using System;
using System.Globalization;
using System.Text;

namespace Dialectic.Dialects.Tests.Differential;

/// <summary>The kinds of type the program generator builds.</summary>
internal enum GenTypeKind
{
    Integer,
    Index,
    Float,
    Vector,
    Tensor,
    MemRef,
    UnrankedMemRef,
}

/// <summary>
/// A type of the generated programs, with the structure the generators need (shape, element type, memref layout)
/// and its MLIR spelling. Two types are equal when they spell the same, which is MLIR's type identity for the
/// types built here (layouts are always spelled in one canonical way).
/// </summary>
internal sealed class GenType : IEquatable<GenType>
{
    /// <summary>The dynamic-size marker in <see cref="Shape"/>, strides and offsets (MLIR's <c>?</c>).</summary>
    public const long Dynamic = long.MinValue;

    private GenType(GenTypeKind kind, int width, string? floatName, long[] shape, bool[]? scalable,
        GenType? element, MemLayout? layout, string? memorySpace)
    {
        Kind = kind;
        Width = width;
        FloatName = floatName;
        Shape = shape;
        Scalable = scalable;
        Element = element;
        Layout = layout;
        MemorySpace = memorySpace;
        Text = Render();
    }

    public GenTypeKind Kind { get; }

    /// <summary>Bit width of integers and floats (0 otherwise).</summary>
    public int Width { get; }

    /// <summary>The spelling of a float type (<c>f32</c>, <c>bf16</c>, ...).</summary>
    public string? FloatName { get; }

    /// <summary>Dimensions of vectors, tensors and ranked memrefs; <see cref="Dynamic"/> for <c>?</c>.</summary>
    public long[] Shape { get; }

    /// <summary>Per-dimension scalability of a vector (null when none is scalable).</summary>
    public bool[]? Scalable { get; }

    /// <summary>The element type of shaped types.</summary>
    public GenType? Element { get; }

    /// <summary>The layout of a ranked memref; null is the identity layout.</summary>
    public MemLayout? Layout { get; }

    /// <summary>The memory space attribute of a memref, as spelled (null: default space).</summary>
    public string? MemorySpace { get; }

    /// <summary>The MLIR spelling.</summary>
    public string Text { get; }

    public int Rank => Shape.Length;

    public bool IsInteger => Kind == GenTypeKind.Integer;

    public bool IsFloat => Kind == GenTypeKind.Float;

    public bool IsIndex => Kind == GenTypeKind.Index;

    public bool IsScalar => Kind is GenTypeKind.Integer or GenTypeKind.Index or GenTypeKind.Float;

    public bool IsVectorOrTensor => Kind is GenTypeKind.Vector or GenTypeKind.Tensor;

    public bool IsMemRef => Kind is GenTypeKind.MemRef or GenTypeKind.UnrankedMemRef;

    /// <summary>The scalar type of a scalar, or the element type of a shaped type.</summary>
    public GenType Scalar => Element ?? this;

    /// <summary>True when every dimension is static.</summary>
    public bool HasStaticShape
    {
        get
        {
            foreach (long d in Shape)
            {
                if (d == Dynamic)
                    return false;
            }
            return true;
        }
    }

    /// <summary>Number of elements of a static shape.</summary>
    public long NumElements
    {
        get
        {
            long n = 1;
            foreach (long d in Shape)
                n *= d;
            return n;
        }
    }

    public static readonly GenType I1 = Int(1);
    public static readonly GenType I32 = Int(32);
    public static readonly GenType I64 = Int(64);
    public static readonly GenType IndexType = new(GenTypeKind.Index, 64, null, [], null, null, null, null);
    public static readonly GenType F32 = Float("f32", 32);

    public static GenType Int(int width) => new(GenTypeKind.Integer, width, null, [], null, null, null, null);

    public static GenType Float(string name, int width) =>
        new(GenTypeKind.Float, width, name, [], null, null, null, null);

    public static GenType Vector(long[] shape, GenType element, bool[]? scalable = null) =>
        new(GenTypeKind.Vector, 0, null, shape, scalable, element, null, null);

    public static GenType Tensor(long[] shape, GenType element) =>
        new(GenTypeKind.Tensor, 0, null, shape, null, element, null, null);

    public static GenType MemRef(long[] shape, GenType element, MemLayout? layout = null, string? memorySpace = null) =>
        new(GenTypeKind.MemRef, 0, null, shape, null, element, layout, memorySpace);

    public static GenType UnrankedMemRef(GenType element, string? memorySpace = null) =>
        new(GenTypeKind.UnrankedMemRef, 0, null, [], null, element, null, memorySpace);

    /// <summary>The same container (scalar, vector or tensor of this shape) around another element type.</summary>
    public GenType WithElement(GenType element) => Kind switch
    {
        GenTypeKind.Vector => Vector(Shape, element, Scalable),
        GenTypeKind.Tensor => Tensor(Shape, element),
        GenTypeKind.MemRef => MemRef(Shape, element, Layout, MemorySpace),
        GenTypeKind.UnrankedMemRef => UnrankedMemRef(element, MemorySpace),
        _ => element,
    };

    /// <summary>The same memref with another layout and memory space.</summary>
    public GenType WithLayout(MemLayout? layout) => MemRef(Shape, Element!, layout, MemorySpace);

    /// <summary>The strides and offset of a ranked memref: its strided layout, or the row-major strides of the
    /// identity layout; null for affine-map layouts.</summary>
    public (long[] Strides, long Offset)? StridesAndOffset()
    {
        if (Layout is { IsStrided: true } l)
            return (l.Strides!, l.Offset);
        if (Layout != null)
            return null;
        return (IdentityStrides(Shape), 0);
    }

    /// <summary>Row-major strides of a shape: dynamic from the first dynamic inner dimension outwards.</summary>
    public static long[] IdentityStrides(long[] shape)
    {
        var strides = new long[shape.Length];
        long running = 1;
        for (int i = shape.Length - 1; i >= 0; i--)
        {
            strides[i] = running;
            if (running != Dynamic)
                running = shape[i] == Dynamic ? Dynamic : running * shape[i];
        }
        return strides;
    }

    public static string Dim(long d) => d == Dynamic ? "?" : d.ToString(CultureInfo.InvariantCulture);

    public bool Equals(GenType? other) => other != null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is GenType t && Equals(t);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    public override string ToString() => Text;

    private string Render()
    {
        switch (Kind)
        {
            case GenTypeKind.Integer:
                return "i" + Width.ToString(CultureInfo.InvariantCulture);
            case GenTypeKind.Index:
                return "index";
            case GenTypeKind.Float:
                return FloatName!;
        }
        var sb = new StringBuilder();
        switch (Kind)
        {
            case GenTypeKind.Vector:
                sb.Append("vector<");
                for (int i = 0; i < Shape.Length; i++)
                {
                    bool scalable = Scalable != null && Scalable[i];
                    sb.Append(scalable ? "[" : "").Append(Dim(Shape[i])).Append(scalable ? "]" : "").Append('x');
                }
                sb.Append(Element!.Text).Append('>');
                break;
            case GenTypeKind.Tensor:
                sb.Append("tensor<");
                foreach (long d in Shape)
                    sb.Append(Dim(d)).Append('x');
                sb.Append(Element!.Text).Append('>');
                break;
            case GenTypeKind.MemRef:
                sb.Append("memref<");
                foreach (long d in Shape)
                    sb.Append(Dim(d)).Append('x');
                sb.Append(Element!.Text);
                if (Layout != null)
                    sb.Append(", ").Append(Layout.Text);
                if (MemorySpace != null)
                    sb.Append(", ").Append(MemorySpace);
                sb.Append('>');
                break;
            case GenTypeKind.UnrankedMemRef:
                sb.Append("memref<*x").Append(Element!.Text);
                if (MemorySpace != null)
                    sb.Append(", ").Append(MemorySpace);
                sb.Append('>');
                break;
        }
        return sb.ToString();
    }
}
