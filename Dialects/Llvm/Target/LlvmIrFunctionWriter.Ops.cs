using System.Collections.Generic;
using System.Text;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Dialects.Llvm.Target;

/// <summary>One LLVM instruction per llvm op (constants excepted: they were inlined when values were named).</summary>
internal sealed partial class LlvmIrFunctionWriter
{
    private void WriteOp(Operation op)
    {
        string name = op.Name.Name;
        if (!name.StartsWith("llvm.", System.StringComparison.Ordinal))
            throw new TranslationException(op, MissingInterface(name));
        string mnemonic = name.Substring(5);
        switch (mnemonic)
        {
            case "mlir.constant" or "mlir.zero" or "mlir.undef" or "mlir.poison" or "mlir.addressof":
                return;
            case "add" or "sub" or "mul" or "shl":
                Binary(op, mnemonic, OverflowFlags(op));
                return;
            case "udiv" or "sdiv" or "lshr" or "ashr":
                Binary(op, mnemonic, op.GetInherentAttr("isExact") != null ? "exact " : "");
                return;
            case "or":
                Binary(op, mnemonic, op.GetInherentAttr("isDisjoint") != null ? "disjoint " : "");
                return;
            case "urem" or "srem" or "and" or "xor":
                Binary(op, mnemonic, "");
                return;
            case "fadd" or "fsub" or "fmul" or "fdiv" or "frem":
                Binary(op, mnemonic, Fastmath(op));
                return;
            case "fneg":
                Result(op).Append("fneg ").Append(Fastmath(op)).Append(Typed(op.GetOperand(0)));
                break;
            case "icmp":
                Result(op).Append("icmp ").Append(PredicateKeyword(op, ICmpKeywords)).Append(' ')
                    .Append(Typed(op.GetOperand(0))).Append(", ").Append(Name(op.GetOperand(1)));
                break;
            case "fcmp":
                Result(op).Append("fcmp ").Append(Fastmath(op)).Append(PredicateKeyword(op, FCmpKeywords)).Append(' ')
                    .Append(Typed(op.GetOperand(0))).Append(", ").Append(Name(op.GetOperand(1)));
                break;
            case "trunc":
                Cast(op, mnemonic, OverflowFlags(op));
                return;
            case "zext" or "uitofp":
                Cast(op, mnemonic, op.GetInherentAttr("nonNeg") != null ? "nneg " : "");
                return;
            case "sext" or "fptrunc" or "fpext" or "fptoui" or "fptosi" or "sitofp" or "ptrtoint" or "inttoptr"
                or "bitcast" or "addrspacecast":
                Cast(op, mnemonic, "");
                return;
            case "select":
                Result(op).Append("select ").Append(Fastmath(op)).Append(Typed(op.GetOperand(0))).Append(", ")
                    .Append(Typed(op.GetOperand(1))).Append(", ").Append(Typed(op.GetOperand(2)));
                break;
            case "load":
                Load((LoadOp)op);
                break;
            case "store":
                Store((StoreOp)op);
                break;
            case "alloca":
            {
                var alloca = (AllocaOp)op;
                Result(op).Append("alloca ").Append(_types.Get(alloca.ElemType.Value)).Append(", ").Append(Typed(alloca.ArraySize));
                if (alloca.Alignment is { } align && !align.IsZero)
                    _out.Append(", align ").Append(align.Value);
                break;
            }
            case "getelementptr":
                Gep((GEPOp)op);
                break;
            case "extractvalue":
                Result(op).Append("extractvalue ").Append(Typed(op.GetOperand(0)));
                AppendPosition(((ExtractValueOp)op).Position);
                break;
            case "insertvalue":
                Result(op).Append("insertvalue ").Append(Typed(op.GetOperand(0))).Append(", ").Append(Typed(op.GetOperand(1)));
                AppendPosition(((InsertValueOp)op).Position);
                break;
            case "extractelement":
                Result(op).Append("extractelement ").Append(Typed(op.GetOperand(0))).Append(", ").Append(Typed(op.GetOperand(1)));
                break;
            case "insertelement":
                Result(op).Append("insertelement ").Append(Typed(op.GetOperand(0))).Append(", ").Append(Typed(op.GetOperand(1)))
                    .Append(", ").Append(Typed(op.GetOperand(2)));
                break;
            case "call":
                Call((CallOp)op);
                break;
            case "return":
                _out.Append("  ret ").Append(op.NumOperands == 0 ? "void" : Typed(op.GetOperand(0)));
                break;
            case "unreachable":
                _out.Append("  unreachable");
                break;
            case "br":
                _out.Append("  br label ").Append(SuccessorLabel(op, 0));
                break;
            case "cond_br":
                _out.Append("  br ").Append(Typed(op.GetOperand(0))).Append(", label ").Append(SuccessorLabel(op, 0))
                    .Append(", label ").Append(SuccessorLabel(op, 1));
                break;
            case "switch":
                Switch((SwitchOp)op);
                break;
            default:
                if (mnemonic.StartsWith("intr.", System.StringComparison.Ordinal))
                {
                    Intrinsic(op, mnemonic.Substring(5));
                    break;
                }
                throw new TranslationException(op, $"cannot be converted to LLVM IR: unsupported operation '{name}'");
        }
        _out.Append('\n');
    }

    /// <summary>MLIR's wording for an op whose dialect has no LLVM translation; builtin has one (for the module),
    /// so its other ops fail with the generic message.</summary>
    internal static string MissingInterface(string opName) =>
        opName.StartsWith("builtin.", System.StringComparison.Ordinal)
            ? "LLVM Translation failed for operation: " + opName
            : "cannot be converted to LLVM IR: missing `LLVMTranslationDialectInterface` registration for dialect for op: " + opName;

    /// <summary>Starts an instruction line: <c>  %n = </c> for an op with a result, <c>  </c> otherwise.</summary>
    private StringBuilder Result(Operation op)
    {
        _out.Append("  ");
        if (op.NumResults == 1)
            _out.Append(_names[op.GetResult(0)]).Append(" = ");
        return _out;
    }

    private void Binary(Operation op, string opcode, string flags)
    {
        Result(op).Append(opcode).Append(' ').Append(flags).Append(Typed(op.GetOperand(0))).Append(", ").Append(Name(op.GetOperand(1)));
        _out.Append('\n');
    }

    private void Cast(Operation op, string opcode, string flags)
    {
        Result(op).Append(opcode).Append(' ').Append(flags).Append(Typed(op.GetOperand(0))).Append(" to ").Append(_types.Get(op.GetResult(0).Type));
        _out.Append('\n');
    }

    /// <summary>LLVM's predicate keywords, indexed by the values of <see cref="ICmpPredicate"/> and
    /// <see cref="FCmpPredicate"/>.</summary>
    private static readonly string[] ICmpKeywords = ["eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge"];

    private static readonly string[] FCmpKeywords =
        ["false", "oeq", "ogt", "oge", "olt", "ole", "one", "ord", "ueq", "ugt", "uge", "ult", "ule", "une", "uno", "true"];

    private static string PredicateKeyword(Operation op, string[] keywords) =>
        op.GetInherentAttr("predicate") is IntegerAttr p && p.SignedValue >= 0 && p.SignedValue < keywords.Length
            ? keywords[(int)p.SignedValue]
            : throw new TranslationException(op, "cannot be converted to LLVM IR: invalid comparison predicate");

    /// <summary><c>nuw nsw </c> from <c>overflowFlags</c> (1 nsw, 2 nuw), as LLVM orders them.</summary>
    private static string OverflowFlags(Operation op)
    {
        long flags = op.GetInherentAttr("overflowFlags") is IntegerAttr f ? (long)f.SignedValue : 0;
        return ((flags & 2) != 0 ? "nuw " : "") + ((flags & 1) != 0 ? "nsw " : "");
    }

    /// <summary>The fast-math flags in LLVM's order, <c>fast </c> for all of them, empty for none.</summary>
    private static string Fastmath(Operation op)
    {
        if (op.GetInherentAttr("fastmathFlags") is not FastmathFlagsAttr attr)
            return "";
        var f = attr.Value;
        if ((f & FastmathFlags.Fast) == FastmathFlags.Fast)
            return "fast ";
        var sb = new StringBuilder();
        if ((f & FastmathFlags.Reassoc) != 0) sb.Append("reassoc ");
        if ((f & FastmathFlags.Nnan) != 0) sb.Append("nnan ");
        if ((f & FastmathFlags.Ninf) != 0) sb.Append("ninf ");
        if ((f & FastmathFlags.Nsz) != 0) sb.Append("nsz ");
        if ((f & FastmathFlags.Arcp) != 0) sb.Append("arcp ");
        if ((f & FastmathFlags.Contract) != 0) sb.Append("contract ");
        if ((f & FastmathFlags.Afn) != 0) sb.Append("afn ");
        return sb.ToString();
    }

    private void AppendPosition(DenseArrayAttr position)
    {
        foreach (long index in position.Raw)
            _out.Append(", ").Append(index);
    }

    private static string Ordering(long ordering) => ordering switch
    {
        1 => "unordered",
        2 => "monotonic",
        4 => "acquire",
        5 => "release",
        6 => "acq_rel",
        _ => "seq_cst",
    };

    private void Load(LoadOp load)
    {
        long ordering = (long)load.Ordering.SignedValue;
        Result(load).Append("load ");
        if (ordering != 0)
            _out.Append("atomic ");
        if (load.Volatile != null)
            _out.Append("volatile ");
        _out.Append(_types.Get(load.Res.Type)).Append(", ").Append(Typed(load.Addr));
        AppendAtomic(ordering, load.Syncscope);
        if (load.Alignment is { } align && !align.IsZero)
            _out.Append(", align ").Append(align.Value);
    }

    private void Store(StoreOp store)
    {
        long ordering = (long)store.Ordering.SignedValue;
        _out.Append("  store ");
        if (ordering != 0)
            _out.Append("atomic ");
        if (store.Volatile != null)
            _out.Append("volatile ");
        _out.Append(Typed(store.Value)).Append(", ").Append(Typed(store.Addr));
        AppendAtomic(ordering, store.Syncscope);
        if (store.Alignment is { } align && !align.IsZero)
            _out.Append(", align ").Append(align.Value);
    }

    private void AppendAtomic(long ordering, StringAttr? syncscope)
    {
        if (ordering == 0)
            return;
        if (syncscope != null)
        {
            _out.Append(" syncscope(");
            LlvmIrNames.AppendQuoted(_out, syncscope.Bytes);
            _out.Append(')');
        }
        _out.Append(' ').Append(Ordering(ordering));
    }

    /// <summary><c>getelementptr [inbounds|nusw] [nuw] T, ptr %p, ...</c>: constant indices inline as i32 (the type
    /// struct field indices must have), dynamic ones as their operands.</summary>
    private void Gep(GEPOp gep)
    {
        long flags = (long)gep.NoWrapFlags.SignedValue;
        Result(gep).Append("getelementptr ");
        if ((flags & 1) != 0)
            _out.Append("inbounds ");
        else if ((flags & 2) != 0)
            _out.Append("nusw ");
        if ((flags & 4) != 0)
            _out.Append("nuw ");
        _out.Append(_types.Get(gep.ElemType.Value)).Append(", ").Append(Typed(gep.Base));
        var dynamic = gep.DynamicIndices;
        int next = 0;
        foreach (long raw in gep.RawConstantIndices.Raw)
        {
            _out.Append(", ");
            if (raw == GEPOp.DynamicIndex)
            {
                if (next >= dynamic.Length)
                    throw new TranslationException(gep, "cannot be converted to LLVM IR: GEP has fewer dynamic indices than its positions name");
                _out.Append(Typed(dynamic[next++].Value));
            }
            else
            {
                _out.Append("i32 ").Append(raw);
            }
        }
    }

    private void Switch(SwitchOp op)
    {
        _out.Append("  switch ").Append(Typed(op.Value)).Append(", label ").Append(SuccessorLabel(op, 0)).Append(" [");
        var cases = op.CaseDestinations;
        if (op.CaseValues is DenseIntOrFPElementsAttr values)
        {
            string type = _types.Get(op.Value.Type);
            int width = op.Value.Type is Core.IR.Types.IntegerType it ? it.Width : 64;
            for (int i = 0; i < cases.Count; i++)
            {
                var bits = values.ReadBits(values.IsSplat ? 0 : i);
                _out.Append("\n    ").Append(type).Append(' ').Append(LlvmIrConstantWriter.IntText(width, bits))
                    .Append(", label ").Append(SuccessorLabel(op, i + 1));
            }
        }
        _out.Append("\n  ]");
    }

    private void Call(CallOp call)
    {
        var operands = call.CalleeOperands;
        int first = call.Callee == null ? 1 : 0;
        string callee;
        LlvmFunctionType? type = call.VarCalleeType?.Value as LlvmFunctionType;
        if (call.Callee is { } symbol)
        {
            callee = LlvmIrNames.Global(symbol.LeafReference);
            if (type == null && _functions.TryGetValue(symbol.LeafReference, out var target) && target.Signature.IsVarArg)
                type = target.Signature;
        }
        else
        {
            if (operands.Length == 0)
                throw new TranslationException(call, "cannot be converted to LLVM IR: indirect call without a callee operand");
            callee = Name(operands[0].Value);
        }
        Result(call);
        switch (call.TailCallKind.Value)
        {
            case TailCallKind.Tail: _out.Append("tail "); break;
            case TailCallKind.MustTail: _out.Append("musttail "); break;
            case TailCallKind.NoTail: _out.Append("notail "); break;
        }
        _out.Append("call ").Append(Fastmath(call));
        AppendCConv(_out, call.CConv.Value);
        // A variadic callee is called through its function type; others by their result type alone.
        if (type != null)
            _out.Append(_types.Get(type));
        else
            _out.Append(call.NumResults == 1 ? _types.Get(call.GetResult(0).Type) : "void");
        _out.Append(' ').Append(callee).Append('(');
        for (int i = first; i < operands.Length; i++)
        {
            if (i > first)
                _out.Append(", ");
            _out.Append(Typed(operands[i].Value));
        }
        _out.Append(')');
    }

    private void Intrinsic(Operation op, string mnemonic)
    {
        var immediates = new List<string>();
        string intrinsic = _intrinsics.Resolve(op, mnemonic, immediates);
        string result = op.NumResults == 1 ? _types.Get(op.GetResult(0).Type) : "void";
        var paramTypes = new List<string>(op.NumOperands + immediates.Count);
        Result(op).Append("call ").Append(Fastmath(op)).Append(result).Append(' ');
        LlvmIrNames.AppendName(_out, '@', intrinsic);
        _out.Append('(');
        for (int i = 0; i < op.NumOperands; i++)
        {
            if (i > 0)
                _out.Append(", ");
            var operand = op.GetOperand(i);
            paramTypes.Add(_types.Get(operand.Type));
            _out.Append(Typed(operand));
        }
        foreach (string immediate in immediates)
        {
            if (paramTypes.Count > 0)
                _out.Append(", ");
            paramTypes.Add(immediate.Substring(0, immediate.IndexOf(' ')));
            _out.Append(immediate);
        }
        _out.Append(')');
        _intrinsics.Declare(intrinsic, result, paramTypes);
    }
}
