using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary>Verifiers shared by several llvm ops, worded as upstream's.</summary>
internal static class LlvmVerify
{
    /// <summary>zext/sext widen, trunc narrows (per element for vectors, whose shapes must agree).</summary>
    public static bool ExtOrTrunc(Operation op, Type input, Type output, bool extend)
    {
        if ((input is VectorType) != (output is VectorType))
            return op.EmitError("input and output types must both be vectors or both be scalars");
        var inWidth = LlvmConstraints.ElementOrSelf(input) is IntegerType i ? i.Width : 0;
        var outWidth = LlvmConstraints.ElementOrSelf(output) is IntegerType o ? o.Width : 0;
        if (extend && outWidth <= inWidth)
            return op.EmitError("integer width of the output type is smaller or equal to the integer width of the input type");
        if (!extend && outWidth >= inWidth)
            return op.EmitError("integer width of the output type is greater or equal to the integer width of the input type");
        return true;
    }

    /// <summary><c>llvm.mlir.constant</c>: the value attribute agrees with the result type.</summary>
    public static bool Constant(Operation op, Attribute value, Type type)
    {
        switch (value)
        {
            case StringAttr s:
                if (!(type is LlvmArrayType { ElementType: IntegerType { Width: 8 } } a && a.NumElements == (ulong)s.Bytes.Length))
                    return op.EmitOpError($"expected array type of {s.Bytes.Length} i8 elements for the string constant");
                return true;
            case IntegerAttr ia:
                if (type is not IntegerType && !(type is LlvmPointerType && ia.Type is IntegerType))
                    return op.EmitOpError("expected integer type");
                return true;
            default:
                return true;
        }
    }

    /// <summary><c>llvm.mlir.addressof</c> names a global or function reachable from the op.</summary>
    public static bool AddressOf(Operation op, SymbolRefAttr name, Type type)
    {
        var target = LlvmSymbols.Lookup(op, name);
        if (target is not (GlobalOp or LlvmFuncOp))
            return op.EmitOpError("must reference a global defined by 'llvm.mlir.global', 'llvm.mlir.alias' or 'llvm.func' or 'llvm.mlir.ifunc'");
        if (target is GlobalOp g && type is LlvmPointerType p && p.AddressSpace != g.AddressSpace)
            return op.EmitOpError("pointer address space must match address space of the referenced global");
        return true;
    }

    /// <summary><c>llvm.return</c> agrees with the enclosing function's result type.</summary>
    public static bool Return(Operation op, Value? arg)
    {
        if (FindFunction(op) is not { } fn)
            return true;
        var expected = fn.Signature.ReturnType;
        bool isVoid = expected is LlvmPrimitiveType { IsVoid: true };
        if (isVoid)
            return arg == null || op.EmitOpError("expected no operands").AttachNote(Note, fn.Location);
        if (arg == null)
            return op.EmitOpError("expected 1 operand").AttachNote(Note, fn.Location);
        if (arg.Type != expected)
            return op.EmitOpError("mismatching result types").AttachNote(Note, fn.Location);
        return true;
    }

    private const string Note = "when returning from function";

    private static LlvmFuncOp? FindFunction(Operation op)
    {
        for (var p = op.ParentOp; p != null; p = p.ParentOp)
            if (p is LlvmFuncOp f)
                return f;
        return null;
    }
}
