using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite;
using Dialectic.Dialects.Func;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Passes.Conversion.MathToLibm;

/// <summary>
/// <c>math.op(x...) : f32 -> func.call @opf(x...)</c> (<c>@op</c> for f64), declaring
/// <c>func.func private @opf(f32...) -> f32 attributes {llvm.readnone}</c> at the top of the nearest symbol table
/// when it has no symbol of that name (an existing one is called as it is). Fast-math flags are dropped.
/// </summary>
internal sealed class LibmCallLowering : RewritePattern
{
    private readonly string _floatFunc;
    private readonly string _doubleFunc;

    public LibmCallLowering(Context context, string sourceName, string floatFunc, string doubleFunc)
        : base(sourceName, 1, context, [CallOp.OperationName])
    {
        _floatFunc = floatFunc;
        _doubleFunc = doubleFunc;
    }

    public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
    {
        if (op.NumResults != 1 || op.GetResult(0).Type is not FloatType { Kind: FloatKind.F32 or FloatKind.F64 } type)
            return rewriter.NotifyMatchFailure(op, "expected an f32 or f64 result");
        var table = NearestSymbolTable(op);
        if (table is not { NumRegions: > 0 } || table.Regions[0].FirstBlock is not { } body)
            return rewriter.NotifyMatchFailure(op, "not inside a symbol table");
        string name = type.Kind == FloatKind.F64 ? _doubleFunc : _floatFunc;
        if (FindSymbol(body, name) == null)
            Declare(rewriter, body, name, op);
        var operands = new Value[op.NumOperands];
        for (int i = 0; i < operands.Length; i++)
            operands[i] = op.GetOperand(i);
        var call = CallOp.Create(rewriter, op.Location, [type], operands, SymbolRefAttr.Get(op.Context, name));
        rewriter.ReplaceOp(op, call);
        return true;
    }

    /// <summary>Declares <c>func.func private @name(operand types) -> result type</c> at the start of
    /// <paramref name="body"/>, restoring the insertion point after.</summary>
    private static void Declare(PatternRewriter rewriter, Block body, string name, Operation op)
    {
        var inputs = new Type[op.NumOperands];
        for (int i = 0; i < inputs.Length; i++)
            inputs[i] = op.GetOperand(i).Type;
        var context = op.Context;
        var functionType = FunctionType.Get(context, inputs, [op.GetResult(0).Type]);
        Block? savedBlock = rewriter.InsertionBlock;
        Operation? savedPoint = rewriter.InsertionPoint;
        rewriter.SetInsertionPointToStart(body);
        var func = FuncOp.Create(rewriter, context.UnknownLoc, StringAttr.Get(context, name), TypeAttr.Get(functionType),
            StringAttr.Get(context, "private"));
        func.SetAttr("llvm.readnone", UnitAttr.Get(context));
        if (savedPoint != null)
            rewriter.SetInsertionPoint(savedPoint);
        else if (savedBlock != null)
            rewriter.SetInsertionPointToEnd(savedBlock);
    }

    /// <summary>The closest ancestor of <paramref name="op"/> that is a symbol table.</summary>
    private static Operation? NearestSymbolTable(Operation op)
    {
        for (var parent = op.ParentOp; parent != null; parent = parent.ParentOp)
            if (parent.HasTrait(OpTraits.SymbolTable))
                return parent;
        return null;
    }

    /// <summary>The op in <paramref name="body"/> whose symbol is <paramref name="name"/>; O(ops in the
    /// block).</summary>
    private static Operation? FindSymbol(Block body, string name)
    {
        for (var op = body.FirstOp; op != null; op = op.NextOp)
            if (SymbolTable.GetSymbolName(op) == name)
                return op;
        return null;
    }
}
