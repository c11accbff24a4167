using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Syntax;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary>
/// <c>llvm.call @f(%a) : (i32) -&gt; i32</c> (direct) or <c>llvm.call %fp(%a) : !llvm.ptr, (i32) -&gt; i32</c>
/// (indirect, the callee pointer being the first operand); variadic callees add
/// <c>vararg(!llvm.func&lt;...&gt;)</c>. Operand bundles are not supported.
/// </summary>
[Op("llvm", "call", Summary = "Call to an LLVM function.")]
[Traits(OpTraits.AttrSizedOperandSegments)]
public sealed partial class CallOp : Operation
{
    [Operand(Name = "callee_operands")]
    public partial System.ReadOnlySpan<OpOperand> CalleeOperands { get; }

    [Operand(Name = "op_bundle_operands")]
    public partial System.ReadOnlySpan<OpOperand> OpBundleOperands { get; }

    [Result(Name = "result")]
    public partial Value? Result { get; }

    [Property(Name = "var_callee_type")]
    public partial TypeAttr? VarCalleeType { get; }

    [Property(Name = "callee")]
    public partial SymbolRefAttr? Callee { get; }

    [Property(Name = "fastmathFlags", Default = "#llvm.fastmath<none>")]
    public partial FastmathFlagsAttr FastmathFlags { get; }

    [Property(Name = "CConv", Default = "#llvm.cconv<ccc>")]
    public partial CConvAttr CConv { get; }

    [Property(Name = "TailCallKind", Default = "#llvm.tailcallkind<none>")]
    public partial TailCallKindAttr TailCallKind { get; }

    [Property(Name = "op_bundle_sizes", Default = "array<i32>")]
    public partial DenseArrayAttr OpBundleSizes { get; }

    [Property(Name = "arg_attrs")]
    public partial ArrayAttr? ArgAttrs { get; }

    [Property(Name = "res_attrs")]
    public partial ArrayAttr? ResAttrs { get; }

    private static readonly string[] Elided =
        ["callee", "TailCallKind", "var_callee_type", "CConv", OperandSegments.OperandSegmentSizes, "op_bundle_sizes",
         "op_bundle_tags", "arg_attrs", "res_attrs"];

    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        var context = parser.Context;
        var props = new List<NamedAttribute>();
        if (LlvmKeywords.ParseOptionalCConv(parser) is { } cconv)
            props.Add(new NamedAttribute("CConv", CConvAttr.Get(context, cconv)));
        if (parser.PeekKeyword() is { } k && TailCallKindSyntax.TryParse(k, out var tail) && parser.ParseOptionalKeyword(k))
            props.Add(new NamedAttribute("TailCallKind", TailCallKindAttr.Get(context, tail)));
        UnresolvedOperand? calleePtr = null;
        if (parser.ParseOptionalSymbolName() is { } name)
            props.Add(new NamedAttribute("callee", SymbolRefAttr.Get(context, name)));
        else
            calleePtr = parser.ParseOperand();
        var args = new List<UnresolvedOperand>();
        parser.ParseLParen();
        if (!parser.ParseOptionalRParen())
        {
            do
                args.Add(parser.ParseOperand());
            while (parser.ParseOptionalComma());
            parser.ParseRParen();
        }
        if (parser.ParseOptionalKeyword("vararg"))
        {
            parser.ParseLParen();
            var at = parser.CurrentPosition;
            if (parser.ParseType() is not LlvmFunctionType varType)
                return parser.EmitError(at, "expected LLVM function type");
            props.Add(new NamedAttribute("var_callee_type", TypeAttr.Get(varType)));
            parser.ParseRParen();
        }
        parser.ParseOptionalAttrDict();
        parser.ParseColon();
        Type? ptrType = null;
        if (calleePtr != null)
        {
            ptrType = parser.ParseType();
            parser.ParseComma();
        }
        var fnAt = parser.CurrentPosition;
        var signature = new LlvmSignatureSyntax();
        if (!signature.Parse(parser, state, allowVariadic: false))
            return false;
        if (signature.Inputs.Count != args.Count)
            return parser.EmitError(fnAt, $"{args.Count} operands present, but expected {signature.Inputs.Count}");
        if (signature.Results.Count > 1)
            return parser.EmitError(fnAt, "expected function with 0 or 1 result");
        signature.AddArgAndResultAttrs(context, props);
        if (calleePtr is { } ptr)
            state.Operands.Add(parser.ResolveOperand(ptr, ptrType!));
        for (int i = 0; i < args.Count; i++)
            state.Operands.Add(parser.ResolveOperand(args[i], signature.Inputs[i]));
        state.ResultTypes.AddRange(signature.Results);
        int calleeCount = args.Count + (calleePtr != null ? 1 : 0);
        props.Add(new NamedAttribute(OperandSegments.OperandSegmentSizes, DenseArrayAttr.Get(context.I(32), [calleeCount, 0])));
        GeneratedSyntax.SetProperties(state, props, Info.InherentAttributes);
        return true;
    }

    private void Print(OpAsmPrinter printer)
    {
        printer.Write(' ');
        if (CConv.Value != Llvm.CConv.C)
        {
            printer.Write(CConv.Value.ToKeyword());
            printer.Write(' ');
        }
        if (TailCallKind.Value != Llvm.TailCallKind.None)
        {
            printer.Write(TailCallKind.Value.ToKeyword());
            printer.Write(' ');
        }
        var operands = CalleeOperands;
        bool direct = Callee != null;
        if (direct)
            printer.PrintSymbolName(Callee!.RootReference);
        else if (operands.Length > 0)
            printer.PrintOperand(operands[0].Value);
        var args = direct || operands.Length == 0 ? operands : operands.Slice(1);
        printer.Write('(');
        for (int i = 0; i < args.Length; i++)
        {
            if (i > 0)
                printer.Write(", ");
            printer.PrintOperand(args[i].Value);
        }
        printer.Write(')');
        if (VarCalleeType is { } varType)
        {
            printer.Write(" vararg(");
            printer.PrintType(varType.Value);
            printer.Write(')');
        }
        GeneratedSyntax.PrintOptionalAttrDict(printer, this, Elided, [("fastmathFlags", "#llvm.fastmath<none>")]);
        printer.Write(" : ");
        if (!direct && operands.Length > 0)
        {
            printer.PrintType(operands[0].Value.Type);
            printer.Write(", ");
        }
        var inputs = new Type[args.Length];
        for (int i = 0; i < args.Length; i++)
            inputs[i] = args[i].Value.Type;
        printer.Write('(');
        for (int i = 0; i < inputs.Length; i++)
        {
            if (i > 0)
                printer.Write(", ");
            printer.PrintType(inputs[i]);
        }
        printer.Write(") -> ");
        if (Result is { } result)
            printer.PrintType(result.Type);
        else
            printer.Write("()");
    }

    private bool Verify()
    {
        var operands = CalleeOperands;
        LlvmFunctionType? fnType;
        int first;
        if (Callee is { } callee)
        {
            var target = LlvmSymbols.Lookup(this, callee);
            if (target == null)
                return EmitOpError($"'{callee.RootReference}' does not reference a symbol in the current scope");
            if (target is not LlvmFuncOp fn)
                return EmitOpError($"'{callee.RootReference}' does not reference a valid LLVM function");
            fnType = fn.Signature;
            first = 0;
        }
        else
        {
            if (operands.Length == 0)
                return EmitOpError("must have either a `callee` attribute or at least an operand");
            if (operands[0].Value.Type is not LlvmPointerType)
                return EmitOpError($"indirect call expects a pointer as callee: {operands[0].Value.Type}");
            fnType = VarCalleeType?.Value as LlvmFunctionType;
            first = 1;
            if (fnType == null)
                return true;
        }
        int argCount = operands.Length - first;
        if (fnType.IsVarArg ? argCount < fnType.Params.Length : argCount != fnType.Params.Length)
            return EmitOpError($"incorrect number of operands ({argCount}) for callee (expecting: {fnType.Params.Length})");
        for (int i = 0; i < fnType.Params.Length; i++)
            if (operands[first + i].Value.Type != fnType.Params[i])
                return EmitOpError($"operand type mismatch for operand {i}: '{operands[first + i].Value.Type}' != '{fnType.Params[i]}'");
        if (fnType.ReturnsVoid)
        {
            if (Result != null)
                return EmitOpError("calling function with void result must not produce values");
        }
        else
        {
            if (Result == null)
                return EmitOpError("expected function call to produce a value");
            if (Result.Type != fnType.ReturnType)
                return EmitOpError($"result type mismatch: '{Result.Type}' != '{fnType.ReturnType}'");
        }
        return true;
    }
}
