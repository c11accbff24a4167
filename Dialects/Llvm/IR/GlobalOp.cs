using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Syntax;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary>
/// <c>llvm.mlir.global internal constant @name(value) {attrs} : type</c>, or with an initializer region ending in
/// <c>llvm.return</c>: a global variable. A string value gives an <c>!llvm.array&lt;N x i8&gt;</c> and no trailing
/// type.
/// </summary>
[Op("llvm", "mlir.global", Summary = "LLVM dialect global.",
    Description = "Defines a global variable with a linkage, an optional initial value given as an attribute or "
        + "computed by an initializer region, and an address space.")]
[Traits(OpTraits.IsIsolatedFromAbove, OpTraits.Symbol, OpTraits.SingleBlock)]
public sealed partial class GlobalOp : Operation
{
    [Property(Name = "global_type")]
    public partial TypeAttr GlobalType { get; }

    [Property(Name = "constant")]
    public partial UnitAttr? Constant { get; }

    [Property]
    public partial StringAttr SymName { get; }

    [Property(Name = "linkage")]
    public partial LinkageAttr Linkage { get; }

    [Property(Name = "dso_local")]
    public partial UnitAttr? DsoLocal { get; }

    [Property(Name = "thread_local_")]
    public partial UnitAttr? ThreadLocal { get; }

    [Property(Name = "value")]
    public partial Attribute? Value { get; }

    [Property(Name = "alignment", ValueType = "i64")]
    public partial IntegerAttr? Alignment { get; }

    [Property(Name = "addr_space", Default = "0 : i32", ValueType = "i32")]
    public partial IntegerAttr AddrSpace { get; }

    [Property(Name = "unnamed_addr", Default = "0 : i64", ValueType = "i64")]
    public partial IntegerAttr UnnamedAddr { get; }

    [Property(Name = "section")]
    public partial StringAttr? Section { get; }

    [Property(Name = "visibility_", Default = "0 : i64", ValueType = "i64")]
    public partial IntegerAttr Visibility { get; }

    [Region]
    public partial Region Initializer { get; }

    /// <summary>The address space the global lives in.</summary>
    public uint AddressSpace => (uint)(long)AddrSpace.SignedValue;

    private static readonly string[] Elided =
        ["sym_name", "global_type", "constant", "value", "linkage", "unnamed_addr", "thread_local_", "visibility_", "comdat"];

    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        var context = parser.Context;
        var props = new List<NamedAttribute>();
        var linkage = LlvmKeywords.ParseOptionalLinkage(parser) ?? Llvm.Linkage.External;
        props.Add(new NamedAttribute("linkage", LinkageAttr.Get(context, linkage)));
        if (LlvmKeywords.ParseOptionalVisibility(parser) is { } visibility)
            props.Add(new NamedAttribute("visibility_", LlvmSyntax.I(context, 64, (long)visibility)));
        if (parser.ParseOptionalKeyword("thread_local"))
            props.Add(new NamedAttribute("thread_local_", context.UnitAttr));
        if (LlvmKeywords.ParseOptionalUnnamedAddr(parser) is { } unnamed)
            props.Add(new NamedAttribute("unnamed_addr", LlvmSyntax.I(context, 64, (long)unnamed)));
        if (parser.ParseOptionalKeyword("constant"))
            props.Add(new NamedAttribute("constant", context.UnitAttr));
        if (parser.ParseOptionalSymbolName() is not { } name)
            return parser.EmitError("expected valid '@'-identifier for symbol name");
        props.Add(new NamedAttribute("sym_name", StringAttr.GetFromBytes(context, name)));
        parser.ParseLParen();
        Attribute? value = null;
        if (!parser.ParseOptionalRParen())
        {
            value = parser.ParseAttribute();
            props.Add(new NamedAttribute("value", value));
            parser.ParseRParen();
        }
        parser.ParseOptionalAttrDict();
        var at = parser.CurrentPosition;
        Type? type = null;
        if (parser.ParseOptionalColon())
            type = parser.ParseType();
        var region = state.AddRegion();
        parser.ParseOptionalRegion(region);
        if (type == null)
        {
            if (value is not StringAttr s)
                return parser.EmitError(at, "type can only be omitted for string globals");
            type = LlvmArrayType.Get(context.I(8), (ulong)s.Bytes.Length);
        }
        props.Add(new NamedAttribute("global_type", TypeAttr.Get(type)));
        GeneratedSyntax.SetProperties(state, props, Info.InherentAttributes);
        return true;
    }

    private void Print(OpAsmPrinter printer)
    {
        printer.Write(' ');
        printer.Write(Linkage.Value.ToKeyword());
        printer.Write(' ');
        if ((long)Visibility.SignedValue is 1 or 2)
            printer.Write((long)Visibility.SignedValue == 1 ? "hidden " : "protected ");
        if (ThreadLocal != null)
            printer.Write("thread_local ");
        if ((long)UnnamedAddr.SignedValue is 1 or 2)
            printer.Write((long)UnnamedAddr.SignedValue == 1 ? "local_unnamed_addr " : "unnamed_addr ");
        if (Constant != null)
            printer.Write("constant ");
        printer.PrintSymbolName(SymName.Bytes);
        printer.Write('(');
        if (Value is { } value)
            printer.PrintAttribute(value);
        printer.Write(')');
        GeneratedSyntax.PrintOptionalAttrDict(printer, this, Elided, null);
        if (Value is StringAttr)
            return;
        printer.Write(" : ");
        printer.PrintType(GlobalType.Value);
        if (!Initializer.IsEmpty)
        {
            printer.Write(' ');
            printer.PrintRegion(Initializer, printEntryBlockArgs: false);
        }
    }

    private bool Verify()
    {
        var type = GlobalType.Value;
        if (Value is StringAttr s && !(type is LlvmArrayType { ElementType: IntegerType { Width: 8 } } a && a.NumElements == (ulong)s.Bytes.Length))
            return EmitOpError("requires an i8 array type of the length equal to that of the string attribute");
        if (Value != null && !Initializer.IsEmpty)
            return EmitOpError("cannot have both initializer value and region");
        if (Initializer.FirstBlock is { } block && block.LastOp is ReturnOp ret && ret.Arg is { } arg && arg.Type != type)
            return ret.EmitOpError("'llvm.return' op must return a value of the global's type");
        return true;
    }
}
