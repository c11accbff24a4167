using System;
using System.Globalization;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Syntax;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.constant</c>: an integer, float or elements constant (<c>arith.constant 42 : i32</c>).</summary>
[Op("arith", "constant", Summary = "integer or floating point constant",
    Description = "Produces the value of its typed `value` attribute: an integer, a float, or elements "
        + "(`dense<...>`) of a vector or tensor type; the result has the attribute's type. Example: "
        + "`%c = arith.constant 42 : i32`, generically `\"arith.constant\"() <{value = 42 : i32}> : () -> i32`.")]
[Traits(OpTraits.Pure, OpTraits.ConstantLike)]
public sealed partial class ConstantOp : Operation
{
    [Property(ConstraintMethod = nameof(IsTypedAttr), ConstraintSummary = "TypedAttr instance")]
    public partial Attribute Value { get; }

    [Result]
    public partial Value Result { get; }

    private static bool IsTypedAttr(Attribute attr) => attr is ITypedAttribute;

    /// <summary>Whether a constant of <paramref name="value"/> can have <paramref name="type"/> (MLIR's
    /// <c>isBuildableWith</c>): the value has exactly that type, integers are signless, and it is an integer, float
    /// or elements attribute.</summary>
    public static bool IsBuildableWith(Attribute value, Type type)
    {
        if (value is not ITypedAttribute typed || !ReferenceEquals(typed.Type, type))
            return false;
        if (ArithTypes.ElementOrSelf(type) is IntegerType { IsSignless: false })
            return false;
        return IsIntFloatOrElements(value);
    }

    private static bool IsIntFloatOrElements(Attribute value) =>
        value is IntegerAttr or FloatAttr or DenseElementsAttr or SparseElementsAttr or DenseResourceElementsAttr;

    /// <summary>Creates <c>arith.constant value : index</c> (MLIR's <c>ConstantIndexOp</c>).</summary>
    public static ConstantOp CreateIndex(OpBuilder builder, LocationAttr location, long value)
    {
        var type = builder.Context.IndexType;
        return Create(builder, location, type, IntegerAttr.Get(type, value));
    }

    /// <summary>Creates an integer constant of the signless integer or index <paramref name="type"/>, wrapped to its
    /// width (MLIR's <c>ConstantIntOp</c>).</summary>
    public static ConstantOp CreateInt(OpBuilder builder, LocationAttr location, Type type,
        System.Numerics.BigInteger value) =>
        Create(builder, location, type, IntegerAttr.Get(type, value));

    /// <summary>Creates a float constant of <paramref name="type"/>, the nearest value to <paramref name="value"/>
    /// (MLIR's <c>ConstantFloatOp</c>).</summary>
    public static ConstantOp CreateFloat(OpBuilder builder, LocationAttr location, FloatType type, double value) =>
        Create(builder, location, type, FloatAttr.Get(type, value));

    /// <summary>Creates <c>arith.constant value</c> at the builder's insertion point when
    /// <see cref="IsBuildableWith"/> allows it; null otherwise.</summary>
    public static ConstantOp? Materialize(OpBuilder builder, Attribute value, Type type, LocationAttr location) =>
        IsBuildableWith(value, type) ? Create(builder, location, type, value) : null;

    // ODS order: AllTypesMatch<value, result>, then the op's own checks.
    private bool Verify()
    {
        var type = Result.Type;
        if (!ReferenceEquals(((ITypedAttribute)Value).Type, type))
            return EmitOpError("failed to verify that all of {value, result} have same type");
        if (type is IntegerType { IsSignless: false })
            return EmitOpError("integer return type must be signless");
        if (!IsIntFloatOrElements(Value))
            return EmitOpError("value must be an integer, float, or elements attribute");
        if (type is VectorType { IsScalable: true } && Value is not DenseElementsAttr { IsSplat: true })
            return EmitOpError("intializing scalable vectors with elements attribute is not supported unless it's a "
                + "vector splat");
        return true;
    }

    // `attr-dict $value`, the value printed with its type.
    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        parser.ParseOptionalAttrDict();
        var location = parser.CurrentLocation;
        var value = parser.ParseAttribute();
        if (value is not ITypedAttribute typed)
        {
            parser.Context.EmitError(location, "custom op 'arith.constant' invalid kind of attribute specified");
            return false;
        }
        state.ResultTypes.Add(typed.Type);
        state.Properties = DictionaryAttr.Get(parser.Context, [new NamedAttribute("value", value)]);
        return true;
    }

    private void Print(OpAsmPrinter printer)
    {
        printer.PrintOptionalAttrDict(Attributes, "value");
        printer.Write(' ');
        printer.PrintAttribute(Value);
    }

    // %true/%false for i1, %c<value>[_<type>] for other integers (no type suffix for index), %cst otherwise.
    private void GetAsmResultNames(AsmSetValueName setName)
    {
        if (Value is not IntegerAttr integer)
        {
            setName(Result, "cst");
            return;
        }
        var type = Result.Type;
        if (type is IntegerType { Width: 1 })
        {
            setName(Result, integer.IsZero ? "false" : "true");
            return;
        }
        string name = "c" + integer.SignedValue.ToString(CultureInfo.InvariantCulture);
        setName(Result, type is IntegerType ? name + "_" + type : name);
    }

    // constant -> its value
    private OpFoldResult? Fold(ReadOnlySpan<Attribute?> operands) => Value;
}
