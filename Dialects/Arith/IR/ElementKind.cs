namespace Dialectic.Dialects.Arith;

/// <summary>Which scalar constants a folder reads or writes: integers (<c>IntegerAttr</c>, integer or index elements)
/// or floats (<c>FloatAttr</c>, float elements).</summary>
internal enum ElementKind
{
    Integer,
    Float,
}
