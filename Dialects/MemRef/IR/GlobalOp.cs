using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.MemRef;

/// <summary>
/// <c>memref.global "private" constant @c : memref&lt;2xf32&gt; = dense&lt;[1.0, 2.0]&gt;</c>: a named, statically
/// allocated memref. No initial value declares it; <c>uninitialized</c> (a unit attribute) defines it without one.
/// </summary>
[Op("memref", "global", Summary = "declare or define a global memref variable",
    Description = "Declares or defines a named, statically allocated buffer of a statically shaped memref type. Without "
        + "an initial value it is a declaration; `uninitialized` defines it without contents; an elements "
        + "attribute gives its contents. `constant` marks it read-only and `alignment` asks for a byte "
        + "alignment.")]
[Traits(OpTraits.Symbol)]
public sealed partial class GlobalOp : Operation
{
    [Property]
    public partial StringAttr SymName { get; }

    [Property]
    public partial StringAttr? SymVisibility { get; }

    [Property(ConstraintMethod = nameof(IsMemRefTypeAttr), ConstraintSummary = "memref type attribute")]
    public partial TypeAttr Type { get; }

    [Property]
    public partial Attribute? InitialValue { get; }

    [Property]
    public partial UnitAttr? Constant { get; }

    [Property(ConstraintMethod = nameof(IsAlignment),
        ConstraintSummary = "64-bit signless integer attribute whose value is positive and whose value is a power of two > 0")]
    public partial IntegerAttr? Alignment { get; }

    private static bool IsMemRefTypeAttr(Attribute a) => MemRefConstraints.IsMemRefTypeAttr(a);

    private static bool IsAlignment(Attribute a) => MemRefConstraints.IsPositivePowerOf2I64(a);

    /// <summary>True for a declaration (no initial value).</summary>
    public bool IsExternal => InitialValue == null;

    /// <summary>True for a definition without an initial value.</summary>
    public bool IsUninitialized => InitialValue is UnitAttr;

    /// <summary>The global's memref type.</summary>
    public MemRefType MemRefType => (MemRefType)Type.Value;

    /// <summary>The initial value when the global is constant, else null (MLIR's <c>getConstantInitValue</c>).</summary>
    public DenseElementsAttr? ConstantInitValue => Constant != null ? InitialValue as DenseElementsAttr : null;

    // ($sym_visibility^)? (`constant` $constant^)? $sym_name `:` custom<GlobalMemrefOpTypeAndInitialValue>($type, $initial_value) attr-dict
    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        var context = parser.Context;
        var props = new List<NamedAttribute>();
        if (parser.ParseOptionalString() is { } visibility)
            props.Add(new NamedAttribute("sym_visibility", StringAttr.GetFromBytes(context, visibility)));
        if (parser.ParseOptionalKeyword("constant"))
            props.Add(new NamedAttribute("constant", context.UnitAttr));
        if (parser.ParseOptionalSymbolName() is not { } name)
            return parser.EmitError("expected valid '@'-identifier for symbol name");
        props.Add(new NamedAttribute("sym_name", StringAttr.GetFromBytes(context, name)));
        parser.ParseColon();
        var type = parser.ParseType();
        if (type is not MemRefType memrefType || !memrefType.HasStaticShape)
            return CustomParseErrors.AtName(parser, $"type should be static shaped memref, but got '{type}'");
        props.Add(new NamedAttribute("type", TypeAttr.Get(type)));
        if (parser.ParseOptionalEqual())
        {
            if (parser.ParseOptionalKeyword("uninitialized"))
                props.Add(new NamedAttribute("initial_value", context.UnitAttr));
            else
            {
                var tensorType = RankedTensorType.Get(memrefType.Shape, memrefType.ElementType);
                var value = parser.ParseAttribute(tensorType);
                if (value is not (DenseElementsAttr or SparseElementsAttr or DenseResourceElementsAttr))
                    return CustomParseErrors.AtName(parser, "initial value should be a unit or elements attribute");
                props.Add(new NamedAttribute("initial_value", value));
            }
        }
        parser.ParseOptionalAttrDict();
        GeneratedSyntax.SetProperties(state, props, Info.InherentAttributes);
        return true;
    }

    private void Print(OpAsmPrinter printer)
    {
        printer.Write(' ');
        if (SymVisibility is { } visibility)
        {
            printer.PrintAttribute(visibility);
            printer.Write(' ');
        }
        if (Constant != null)
            printer.Write("constant ");
        printer.PrintSymbolName(SymName.Value);
        printer.Write(" : ");
        printer.PrintType(Type.Value);
        if (InitialValue is { } initial)
        {
            printer.Write(" = ");
            if (initial is UnitAttr)
                printer.Write("uninitialized");
            else
                printer.PrintAttributeWithoutType(initial);
        }
        GeneratedSyntax.PrintOptionalAttrDict(printer, this,
            ["sym_visibility", "constant", "sym_name", "type", "initial_value"], null);
    }

    private bool Verify()
    {
        if (Type.Value is not MemRefType memrefType || !memrefType.HasStaticShape)
            return EmitOpError($"type should be static shaped memref, but got '{Type.Value}'");
        if (InitialValue is { } initial)
        {
            if (initial is UnitAttr)
                return true;
            if (initial is not (DenseElementsAttr or SparseElementsAttr or DenseResourceElementsAttr))
                return EmitOpError($"initial value should be a unit or elements attribute, but got {initial}");
            var initType = (ShapedType)((ITypedAttribute)initial).Type;
            if (!ReferenceEquals(initType.ElementType, memrefType.ElementType))
                return EmitOpError($"initial value element expected to be of type '{memrefType.ElementType}', but was of type '{initType.ElementType}'");
            if (!System.MemoryExtensions.SequenceEqual(initType.Shape, memrefType.Shape))
                return EmitOpError($"initial value shape expected to be {Dims(memrefType.Shape)} but was {Dims(initType.Shape)}");
        }
        return true;
    }

    private static string Dims(System.ReadOnlySpan<long> shape)
    {
        var parts = new string[shape.Length];
        for (int i = 0; i < parts.Length; i++)
            parts[i] = shape[i].ToString(System.Globalization.CultureInfo.InvariantCulture);
        return string.Join(", ", parts);
    }
}
