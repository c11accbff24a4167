using System;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Builtin;
using Dialectic.Dialects.Llvm;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Passes.Conversion.LlvmCommon;

/// <summary>
/// Declarations of the runtime functions lowerings call (<c>malloc</c>, <c>free</c>, <c>memrefCopy</c>, ...), as MLIR's
/// <c>LLVM::lookupOrCreateFn</c>: found by name among the ops of the enclosing module, or declared at its start.
/// </summary>
public static class LlvmFunctionDeclarations
{
    /// <summary>
    /// The <c>llvm.func</c> <paramref name="name"/> of the module enclosing <paramref name="from"/>, declared at the
    /// start of the module with <paramref name="parameters"/> -&gt; <paramref name="result"/> when absent. Null (with a
    /// diagnostic) when there is no enclosing module or a symbol of that name is not an llvm function of this type.
    /// O(ops in the module) per call.
    /// </summary>
    public static LlvmFuncOp? LookupOrCreate(OpBuilder builder, Operation from, string name, ReadOnlySpan<Type> parameters, Type result,
        bool isVarArg = false)
    {
        var module = from.ParentOp;
        while (module != null && module is not ModuleOp)
            module = module.ParentOp;
        if (module is not ModuleOp || module.Regions[0].FirstBlock is not { } body)
        {
            from.EmitOpError("expected to be nested in a module");
            return null;
        }
        var type = LlvmFunctionType.Get(result, parameters, isVarArg);
        for (var op = body.FirstOp; op != null; op = op.NextOp)
        {
            if (op.GetInherentAttr("sym_name") is not StringAttr symbol || symbol.Value != name)
                continue;
            if (op is LlvmFuncOp func && ReferenceEquals(func.Signature, type))
                return func;
            op.EmitError($"redefinition of reserved function '{name}' of different type {(op is LlvmFuncOp f ? f.Signature : op.Name)} is prohibited");
            return null;
        }
        var saved = builder.InsertionPoint;
        var savedBlock = builder.InsertionBlock;
        builder.SetInsertionPointToStart(body);
        var created = LlvmFuncOp.Create(builder, from.Location, StringAttr.Get(builder.Context, name), TypeAttr.Get(type));
        if (saved != null)
            builder.SetInsertionPoint(saved);
        else if (savedBlock != null)
            builder.SetInsertionPointToEnd(savedBlock);
        return created;
    }
}
