using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.Syntax;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary>
/// <c>llvm.func internal fastcc @name(%arg0: i32, ...) -> i32 attributes {...} { body }</c>: an LLVM function, a
/// declaration when it has no body. The signature is an <see cref="LlvmFunctionType"/>; linkage, visibility,
/// unnamed_addr and the calling convention print as bare keywords before the name unless they are the defaults.
/// </summary>
[Op("llvm", "func", Summary = "LLVM dialect function.",
    Description = "MLIR function with LLVM function type: the body is an SSACFG region whose entry block takes the "
        + "parameters; without a body the op declares an external function.")]
[Traits(OpTraits.IsIsolatedFromAbove, OpTraits.Symbol)]
public sealed partial class LlvmFuncOp : Operation
{
    [Property]
    public partial StringAttr SymName { get; }

    [Property]
    public partial StringAttr? SymVisibility { get; }

    [Property(Name = "function_type", ConstraintMethod = nameof(IsFunctionTypeAttr), ConstraintSummary = "type attribute of LLVM function type")]
    public partial TypeAttr FunctionTypeAttr { get; }

    [Property(Name = "linkage", Default = "#llvm.linkage<external>")]
    public partial LinkageAttr Linkage { get; }

    [Property(Name = "CConv", Default = "#llvm.cconv<ccc>")]
    public partial CConvAttr CConv { get; }

    [Property(Name = "unnamed_addr", Default = "0 : i64", ValueType = "i64")]
    public partial IntegerAttr UnnamedAddr { get; }

    [Property(Name = "visibility_", Default = "0 : i64", ValueType = "i64")]
    public partial IntegerAttr Visibility { get; }

    [Property(Name = "dso_local")]
    public partial UnitAttr? DsoLocal { get; }

    [Property(Name = "alignment", ValueType = "i64")]
    public partial IntegerAttr? Alignment { get; }

    [Property(Name = "section")]
    public partial StringAttr? Section { get; }

    [Property(Name = "garbageCollector")]
    public partial StringAttr? GarbageCollector { get; }

    [Property(Name = "personality")]
    public partial SymbolRefAttr? Personality { get; }

    /// <summary>LLVM function attributes without a dedicated property (<c>["nounwind", ["key", "value"]]</c>).</summary>
    [Property(Name = "passthrough")]
    public partial ArrayAttr? Passthrough { get; }

    [Property(Name = "no_inline")]
    public partial UnitAttr? NoInline { get; }

    [Property(Name = "always_inline")]
    public partial UnitAttr? AlwaysInline { get; }

    [Property(Name = "no_unwind")]
    public partial UnitAttr? NoUnwind { get; }

    [Property(Name = "will_return")]
    public partial UnitAttr? WillReturn { get; }

    [Property(Name = "optimize_none")]
    public partial UnitAttr? OptimizeNone { get; }

    [Property(Name = "target_cpu")]
    public partial StringAttr? TargetCpu { get; }

    [Property(Name = "arg_attrs")]
    public partial ArrayAttr? ArgAttrs { get; }

    [Property(Name = "res_attrs")]
    public partial ArrayAttr? ResAttrs { get; }

    [Region]
    public partial Region Body { get; }

    /// <summary>The function's LLVM type.</summary>
    public LlvmFunctionType Signature => (LlvmFunctionType)FunctionTypeAttr.Value;

    /// <summary>True for a declaration (no body).</summary>
    public bool IsExternal => Body.IsEmpty;

    private static bool IsFunctionTypeAttr(Attribute attr) => attr is TypeAttr { Value: LlvmFunctionType };

    private static readonly string[] Elided =
        ["sym_name", "function_type", "arg_attrs", "res_attrs", "linkage", "CConv", "visibility_", "comdat", "unnamed_addr", "vscale_range"];

    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        var context = parser.Context;
        var props = new List<NamedAttribute>();
        if (LlvmKeywords.ParseOptionalLinkage(parser) is { } linkage)
            props.Add(new NamedAttribute("linkage", LinkageAttr.Get(context, linkage)));
        if (LlvmKeywords.ParseOptionalVisibility(parser) is { } visibility)
            props.Add(new NamedAttribute("visibility_", LlvmSyntax.I(context, 64, (long)visibility)));
        if (LlvmKeywords.ParseOptionalUnnamedAddr(parser) is { } unnamed)
            props.Add(new NamedAttribute("unnamed_addr", LlvmSyntax.I(context, 64, (long)unnamed)));
        if (LlvmKeywords.ParseOptionalCConv(parser) is { } cconv)
            props.Add(new NamedAttribute("CConv", CConvAttr.Get(context, cconv)));
        if (parser.ParseOptionalSymbolName() is not { } name)
            return parser.EmitError("expected valid '@'-identifier for symbol name");
        props.Add(new NamedAttribute("sym_name", StringAttr.GetFromBytes(context, name)));

        var signature = new LlvmSignatureSyntax();
        if (!signature.Parse(parser, state, allowVariadic: true))
            return false;
        var resultType = signature.Results.Count == 0 ? LlvmPrimitiveType.GetVoid(context) : signature.Results[0];
        if (signature.Results.Count > 1)
            return parser.EmitError("failed to construct function type: expected zero or one function result");
        foreach (var t in signature.Inputs)
            if (!IsLlvmCompatible(t))
                return parser.EmitError("failed to construct function type: expected LLVM type for function arguments");
        if (!IsLlvmCompatible(resultType))
            return parser.EmitError("failed to construct function type: expected LLVM type for function results");
        props.Add(new NamedAttribute("function_type",
            TypeAttr.Get(LlvmFunctionType.Get(resultType, signature.Inputs.ToArray(), signature.IsVariadic))));
        signature.AddArgAndResultAttrs(context, props);

        parser.ParseOptionalAttrDictWithKeyword();
        GeneratedSyntax.SetProperties(state, props, Info.InherentAttributes);
        var body = state.AddRegion();
        if (signature.EntryArguments.Count > 0)
            parser.ParseRegion(body, signature.EntryArguments);
        else
            parser.ParseOptionalRegion(body);
        return true;
    }

    /// <summary>Types an llvm function may take or return (upstream isCompatibleType, roughly: no builtin
    /// function, tensor, memref or index types).</summary>
    private static bool IsLlvmCompatible(Type type) =>
        type is not (Core.IR.Types.FunctionType or Core.IR.Types.ShapedType { } and not Core.IR.Types.VectorType
            or Core.IR.Types.IndexType or Core.IR.Types.NoneType or Core.IR.Types.TupleType);

    private void Print(OpAsmPrinter printer)
    {
        printer.Write(' ');
        var linkage = Linkage.Value;
        if (linkage != Llvm.Linkage.External)
        {
            printer.Write(linkage.ToKeyword());
            printer.Write(' ');
        }
        LlvmKeywords.PrintVisibilityAndUnnamedAddr(printer, Visibility, UnnamedAddr);
        if (CConv.Value != Llvm.CConv.C)
        {
            printer.Write(CConv.Value.ToKeyword());
            printer.Write(' ');
        }
        printer.PrintSymbolName(SymName.Bytes);

        var type = Signature;
        var results = type.ReturnsVoid ? System.ReadOnlySpan<Type>.Empty : new System.ReadOnlySpan<Type>(new[] { type.ReturnType });
        LlvmSignatureSyntax.Print(printer, IsExternal ? null : Body.FirstBlock, type.Params, type.IsVarArg, results, ArgAttrs, ResAttrs);
        GeneratedSyntax.PrintOptionalAttrDictWithKeyword(printer, this, Elided, null);
        if (!IsExternal)
        {
            printer.Write(' ');
            printer.PrintRegion(Body, printEntryBlockArgs: false, printBlockTerminators: true);
        }
    }

    private bool Verify()
    {
        var type = Signature;
        var linkage = Linkage.Value;
        if (IsExternal)
        {
            if (linkage is not (Llvm.Linkage.External or Llvm.Linkage.ExternWeak))
                return EmitOpError("external functions must have 'external' or 'extern_weak' linkage");
            return true;
        }
        if (linkage == Llvm.Linkage.Common)
            return EmitOpError("functions cannot have 'common' linkage");
        var entry = Body.FirstBlock!;
        if (entry.Arguments.Count != type.Params.Length)
            return EmitOpError($"entry block must have {type.Params.Length} arguments to match function signature");
        for (int i = 0; i < type.Params.Length; i++)
            if (!ReferenceEquals(entry.Arguments[i].Type, type.Params[i]))
                return EmitOpError($"type of entry block argument #{i}('{entry.Arguments[i].Type}') must match the type of the corresponding argument in function signature('{type.Params[i]}')");
        return true;
    }
}
