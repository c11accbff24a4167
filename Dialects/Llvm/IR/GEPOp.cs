using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Syntax;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary>
/// <c>llvm.getelementptr inbounds|nuw %p[%i, 1] : (!llvm.ptr, i64) -&gt; !llvm.ptr, !llvm.struct&lt;...&gt;</c>: address
/// arithmetic over the element type. Indices are constants or SSA values; <c>rawConstantIndices</c> holds them in
/// order, <see cref="DynamicIndex"/> marking each taken from <see cref="DynamicIndices"/>.
/// </summary>
[Op("llvm", "getelementptr", Summary = "LLVM getelementptr operation")]
[Traits(OpTraits.Pure)]
public sealed partial class GEPOp : Operation
{
    /// <summary>The <c>rawConstantIndices</c> entry of an index given as an operand.</summary>
    public const int DynamicIndex = int.MinValue;

    [Operand(Name = "base", ConstraintMethod = nameof(IsPtrLike), ConstraintSummary = "LLVM pointer type or LLVM dialect-compatible vector of LLVM pointer type")]
    public partial Value Base { get; }

    [Operand(Name = "dynamicIndices", ConstraintMethod = nameof(IsIntLike), ConstraintSummary = "signless integer or LLVM dialect-compatible vector of signless integer")]
    public partial System.ReadOnlySpan<OpOperand> DynamicIndices { get; }

    [Result(Name = "res", ConstraintMethod = nameof(IsPtrLike), ConstraintSummary = "LLVM pointer type or LLVM dialect-compatible vector of LLVM pointer type")]
    public partial Value Res { get; }

    [Property(Name = "rawConstantIndices")]
    public partial DenseArrayAttr RawConstantIndices { get; }

    [Property(Name = "elem_type")]
    public partial TypeAttr ElemType { get; }

    /// <summary>GEPNoWrapFlags: 1 inbounds_flag, 2 nusw, 4 nuw (<c>inbounds</c> is 1|2).</summary>
    [Property(Name = "noWrapFlags", Default = "0 : i32", ValueType = "i32", ConstraintMethod = nameof(IsNoWrapFlags),
        ConstraintSummary = "::mlir::LLVM::GEPNoWrapFlags")]
    public partial IntegerAttr NoWrapFlags { get; }

    private static bool IsPtrLike(Type type) => LlvmConstraints.IsPtrLike(type);

    private static bool IsNoWrapFlags(Attribute attr) => LlvmConstraints.IsFlagWord(attr, 7);

    private static bool IsIntLike(Type type) => LlvmConstraints.IsIntLike(type);

    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        var context = parser.Context;
        var props = new List<NamedAttribute>();
        int flags = 0;
        if (parser.PeekKeyword() is "inbounds" or "inbounds_flag" or "nusw" or "nuw" or "none")
        {
            do
            {
                var at = parser.CurrentPosition;
                parser.ParseOptionalKeyword(out string keyword);
                switch (keyword)
                {
                    case "inbounds": flags |= 3; break;
                    case "inbounds_flag": flags |= 1; break;
                    case "nusw": flags |= 2; break;
                    case "nuw": flags |= 4; break;
                    case "none": break;
                    default: return parser.EmitError(at, $"expected one of [none, inbounds_flag, nusw, nuw, inbounds] for GEP flags, got: {keyword}");
                }
            }
            while (LlvmSyntax.ParseOptionalVerticalBar(parser));
            props.Add(new NamedAttribute("noWrapFlags", LlvmSyntax.I(context, 32, flags)));
        }
        var baseOperand = parser.ParseOperand();
        var indices = new List<UnresolvedOperand>();
        var raw = new List<long>();
        parser.ParseLSquare();
        if (!parser.ParseOptionalRSquare())
        {
            do
            {
                if (parser.IsOperandNext)
                {
                    indices.Add(parser.ParseOperand());
                    raw.Add(DynamicIndex);
                }
                else
                {
                    var at = parser.CurrentPosition;
                    long value = parser.ParseInteger();
                    if (value < int.MinValue + 1L || value > int.MaxValue)
                        return parser.EmitError(at, "GEP index is out of range of i32");
                    raw.Add(value);
                }
            }
            while (parser.ParseOptionalComma());
            parser.ParseRSquare();
        }
        props.Add(new NamedAttribute("rawConstantIndices", DenseArrayAttr.Get(context.I(32), raw.ToArray())));
        parser.ParseOptionalAttrDict();
        parser.ParseColon();
        var fnAt = parser.CurrentPosition;
        var fn = parser.ParseType();
        if (fn is not FunctionType { Results.Length: 1 } type || type.Inputs.Length != indices.Count + 1)
            return parser.EmitError(fnAt, $"{1 + indices.Count} operands present, but expected {(fn is FunctionType f ? f.Inputs.Length : 0)}");
        parser.ParseComma();
        var elem = parser.ParseType();
        props.Add(new NamedAttribute("elem_type", TypeAttr.Get(elem)));
        state.Operands.Add(parser.ResolveOperand(baseOperand, type.Inputs[0]));
        for (int i = 0; i < indices.Count; i++)
            state.Operands.Add(parser.ResolveOperand(indices[i], type.Inputs[i + 1]));
        state.ResultTypes.Add(type.Results[0]);
        GeneratedSyntax.SetProperties(state, props, Info.InherentAttributes);
        return true;
    }

    private void Print(OpAsmPrinter printer)
    {
        printer.Write(' ');
        if (FlagsText((int)(long)NoWrapFlags.SignedValue) is { } flags)
        {
            printer.Write(flags);
            printer.Write(' ');
        }
        printer.PrintOperand(Base);
        printer.Write('[');
        var raw = RawConstantIndices.Raw;
        var dynamic = DynamicIndices;
        int next = 0;
        for (int i = 0; i < raw.Length; i++)
        {
            if (i > 0)
                printer.Write(", ");
            if (raw[i] == DynamicIndex && next < dynamic.Length)
                printer.PrintOperand(dynamic[next++].Value);
            else
                printer.Write(raw[i]);
        }
        printer.Write(']');
        GeneratedSyntax.PrintOptionalAttrDict(printer, this, ["elem_type", "noWrapFlags", "rawConstantIndices"], null);
        printer.Write(" : (");
        for (int i = 0; i < NumOperands; i++)
        {
            if (i > 0)
                printer.Write(", ");
            printer.PrintType(GetOperand(i).Type);
        }
        printer.Write(") -> ");
        printer.PrintType(Res.Type);
        printer.Write(", ");
        printer.PrintType(ElemType.Value);
    }

    /// <summary>The flags as upstream prints them (<c>inbounds|nuw</c>); null for none.</summary>
    private static string? FlagsText(int flags)
    {
        if (flags == 0)
            return null;
        var parts = new List<string>(3);
        if ((flags & 3) == 3)
            parts.Add("inbounds");
        else
        {
            if ((flags & 1) != 0)
                parts.Add("inbounds_flag");
            if ((flags & 2) != 0)
                parts.Add("nusw");
        }
        if ((flags & 4) != 0)
            parts.Add("nuw");
        return string.Join("|", parts);
    }

    private bool Verify()
    {
        var raw = RawConstantIndices.Raw;
        int dynamicCount = 0;
        foreach (long r in raw)
            if (r == DynamicIndex)
                dynamicCount++;
        if (dynamicCount != DynamicIndices.Length)
            return EmitOpError($"expected as many dynamic indices as specified in 'rawConstantIndices'");
        // The first index steps over the base pointer; the rest walk into the element type.
        Type type = ElemType.Value;
        for (int i = 1; i < raw.Length; i++)
        {
            switch (type)
            {
                case LlvmStructType s:
                    if (raw[i] == DynamicIndex)
                        return EmitOpError($"expected index {i} indexing a struct to be constant");
                    if (raw[i] < 0 || raw[i] >= s.Body.Length)
                        return EmitOpError($"index {i} indexing a struct is out of bounds");
                    type = s.Body[(int)raw[i]];
                    break;
                case LlvmArrayType a:
                    type = a.ElementType;
                    break;
                case VectorType v:
                    type = v.ElementType;
                    break;
                default:
                    return true;
            }
        }
        return true;
    }
}
