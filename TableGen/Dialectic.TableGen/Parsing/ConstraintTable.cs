namespace Dialectic.TableGen.Parsing;

/// <summary>MLIR's summaries of the named type constraints (must agree with Core's <c>TypeConstraints.Summary</c>).</summary>
internal static class ConstraintTable
{
    /// <summary>The summary of a <c>TypeConstraint</c> member; null for <c>Any</c> (nothing to check).</summary>
    public static string? Summary(string member) => member switch
    {
        "AnyInteger" => "integer",
        "AnySignlessInteger" => "signless integer",
        "I1" => "1-bit signless integer",
        "Index" => "index",
        "AnySignlessIntegerOrIndex" => "signless integer or index",
        "SignlessIntegerLike" or "SignlessIntegerOrIndexLike" => "signless-integer-like",
        "SignlessFixedWidthIntegerLike" => "signless-fixed-width-integer-like",
        "BoolLike" => "bool-like",
        "AnyFloat" => "floating-point",
        "FloatLike" => "floating-point-like",
        "AnyVector" => "vector of any type values",
        "AnyTensor" => "tensor of any type values",
        "AnyRankedTensor" => "ranked tensor of any type values",
        "AnyMemRef" => "memref of any type values",
        "AnyShaped" => "shaped of any type values",
        _ => null,
    };

    /// <summary>MLIR's summary of <c>I32Attr</c>, <c>F32Attr</c>, <c>IndexAttr</c>... (a property with <c>ValueType</c>).</summary>
    public static string ValueTypeSummary(string className, string valueType)
    {
        if (valueType == "index")
            return "index attribute";
        if (valueType == "i1")
            return "bool attribute";
        if (valueType.Length > 1 && valueType[0] == 'i')
            return valueType.Substring(1) + "-bit signless integer attribute";
        if (valueType.Length > 1 && valueType[0] == 'f')
            return valueType.Substring(1) + "-bit float attribute";
        return AttributeSummary(className);
    }

    /// <summary>MLIR's summary of an attribute class used as a property type.</summary>
    public static string AttributeSummary(string className) => className switch
    {
        "IntegerAttr" => "arbitrary integer attribute",
        "FloatAttr" => "arbitrary float attribute",
        "StringAttr" => "string attribute",
        "UnitAttr" => "unit attribute",
        "TypeAttr" => "any type attribute",
        "ArrayAttr" => "array attribute",
        "DictionaryAttr" => "dictionary of named attribute values",
        "SymbolRefAttr" => "symbol reference attribute",
        "DenseArrayAttr" => "dense array attribute",
        "AffineMapAttr" => "AffineMap attribute",
        _ => className,
    };
}
