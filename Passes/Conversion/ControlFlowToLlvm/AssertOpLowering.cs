using System;
using System.Collections.Generic;
using System.Text;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Builtin;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.ControlFlow;
using Dialectic.Dialects.Llvm;
using Dialectic.Passes.Conversion.LlvmCommon;

namespace Dialectic.Passes.Conversion.ControlFlowToLlvm;

/// <summary>
/// <c>cf.assert %c, "msg"</c> -&gt; <c>llvm.cond_br %c, ^continue, ^failure</c>, where <c>^failure</c> (appended to the
/// region) prints the message with <c>puts</c> from a private constant global <c>@assert_msg[_N]</c> and calls
/// <c>abort</c>. The global, then <c>puts</c> and <c>abort</c> when missing, go to the start of the enclosing module,
/// as MLIR places them.
/// </summary>
internal sealed class AssertOpLowering(LlvmTypeConverter converter, Context context)
    : OpConversionPattern<AssertOp>(converter.Converter, context)
{
    public override bool MatchAndRewrite(AssertOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var module = FindModule(op);
        if (module == null)
            return rewriter.NotifyMatchFailure(op,
                "expected a parent builtin.module for the abort and puts declarations");
        var loc = op.Location;
        var ctx = Context;
        var ptr = converter.GetPointerType();

        var opBlock = op.Block!;
        var continuation = rewriter.SplitBlock(opBlock, op.NextOp);
        var failure = rewriter.CreateBlock(opBlock.Parent!, null);

        // The message as a NUL-terminated i8 array.
        byte[] bytes = Encoding.UTF8.GetBytes(op.Msg.Value);
        var text = new byte[bytes.Length + 1];
        bytes.CopyTo(text, 0);
        var arrayType = LlvmArrayType.Get(ctx.I(8), (ulong)text.Length);
        var symbols = Symbols(module);
        string name = UniqueName(symbols, "assert_msg");
        var moduleBody = module.Body;
        rewriter.SetInsertionPointToStart(moduleBody);
        GlobalOp.Create(rewriter, loc, globalType: TypeAttr.Get(arrayType), symName: StringAttr.Get(ctx, name),
            linkage: LinkageAttr.Get(ctx, Linkage.Private), constant: UnitAttr.Get(ctx),
            value: DenseIntOrFPElementsAttr.GetRaw(RankedTensorType.Get([text.Length], ctx.I(8)), text, false),
            addrSpace: IntegerAttr.Get(ctx.I(32), 0));
        if (!symbols.Contains("puts"))
        {
            rewriter.SetInsertionPointToStart(moduleBody);
            LlvmFuncOp.Create(rewriter, loc, StringAttr.Get(ctx, "puts"),
                TypeAttr.Get(LlvmFunctionType.Get(LlvmPrimitiveType.GetVoid(ctx), [ptr])));
        }
        if (!symbols.Contains("abort"))
        {
            rewriter.SetInsertionPointToStart(moduleBody);
            LlvmFuncOp.Create(rewriter, loc, StringAttr.Get(ctx, "abort"),
                TypeAttr.Get(LlvmFunctionType.Get(LlvmPrimitiveType.GetVoid(ctx), [])));
        }

        rewriter.SetInsertionPointToEnd(failure);
        var address = AddressOfOp.Create(rewriter, loc, ptr, SymbolRefAttr.Get(ctx, name)).Res;
        var start = LlvmCommonBuilders.GepConstant(rewriter, loc, ptr, arrayType, address, [0]);
        LlvmCommonBuilders.Call(rewriter, loc, "puts", null, [start]);
        LlvmCommonBuilders.Call(rewriter, loc, "abort", null, []);
        UnreachableOp.Create(rewriter, loc);

        rewriter.SetInsertionPointToEnd(opBlock);
        var condBr = CondBrOp.Create(rewriter, loc, adaptor[0], [], [], continuation, failure);
        rewriter.ReplaceOp(op, condBr);
        return true;
    }

    private static ModuleOp? FindModule(Operation op)
    {
        for (var parent = op.ParentOp; parent != null; parent = parent.ParentOp)
            if (parent is ModuleOp module)
                return module;
        return null;
    }

    /// <summary>The symbol names defined directly in <paramref name="module"/>.</summary>
    private static HashSet<string> Symbols(ModuleOp module)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var op = module.Body.FirstOp; op != null; op = op.NextOp)
            if (SymbolTable.GetSymbolName(op) is { } name)
                names.Add(name);
        return names;
    }

    /// <summary><paramref name="stem"/>, or <c>stem_N</c> with the first free N from 0 (MLIR's uniquing).</summary>
    private static string UniqueName(HashSet<string> symbols, string stem)
    {
        if (!symbols.Contains(stem))
            return stem;
        for (int i = 0; ; i++)
        {
            string candidate = stem + "_" + i;
            if (!symbols.Contains(candidate))
                return candidate;
        }
    }
}
