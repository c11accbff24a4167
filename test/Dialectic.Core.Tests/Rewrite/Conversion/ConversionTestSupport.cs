using System;
using Type = Dialectic.Core.IR.Type;
using System.Collections.Generic;
using Dialectic.Core.Diagnostics;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Arith;
using Dialectic.Dialects.ControlFlow;
using Dialectic.Dialects.Func;
using Dialectic.Tools.Opt;

namespace Dialectic.Core.Tests.Rewrite.Conversion;

/// <summary>Contexts, parsing, printing and the patterns the conversion tests share. The made-up <c>test</c>
/// dialect (unregistered ops) is the conversion target.</summary>
internal static class ConversionTestSupport
{
    public static Context NewContext() => OptMain.CreateContext(allowUnregistered: true);

    public static Operation Parse(Context context, string text) => RewriteTestSupport.Parse(context, text);

    public static string Print(Operation op) => RewriteTestSupport.Print(op);

    public static string Text(string text) => RewriteTestSupport.Text(text);

    public static FrozenRewritePatternSet Freeze(Context context, params RewritePattern[] patterns)
    {
        var set = new RewritePatternSet(context);
        foreach (var p in patterns)
            set.Add(p);
        return new FrozenRewritePatternSet(set);
    }

    /// <summary>index -> i64, everything else unchanged.</summary>
    public static TypeConverter IndexToI64(Context context)
    {
        var converter = new TypeConverter();
        converter.AddConversion(t => t);
        converter.AddConversion((IndexType _) => context.I(64));
        return converter;
    }

    /// <summary>Runs <paramref name="action"/> collecting the diagnostics it emits, rendered as
    /// <c>severity: message</c> lines (notes included).</summary>
    public static List<string> CollectDiagnostics(Context context, Action action)
    {
        var lines = new List<string>();
        using (context.Diagnostics.AddHandler(d =>
               {
                   lines.Add(d.ToString());
                   foreach (var note in d.Notes)
                       lines.Add(note.ToString());
                   return true;
               }))
            action();
        return lines;
    }

    /// <summary>Sets a func.func's type (an in-place modification through the rewriter).</summary>
    public static void SetFunctionType(ConversionPatternRewriter rewriter, FuncOp func, FunctionType type) =>
        rewriter.ModifyOpInPlace(func, () =>
            func.Properties = ((DictionaryAttr)func.Properties!).With("function_type", TypeAttr.Get(type)));
}

/// <summary>arith.addi(a, b) -> "test.add"(a', b'), with the result type converted when a converter is given.</summary>
internal sealed class AddIToTestAdd(TypeConverter? converter, Context context, PatternBenefit? benefit = null)
    : OpConversionPattern<AddIOp>(converter, context, benefit)
{
    public override bool MatchAndRewrite(AddIOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var type = op.Result.Type;
        if (TypeConverter != null && TypeConverter.ConvertType(type) is not { } converted)
            return rewriter.NotifyMatchFailure(op, $"result type '{type}' has no conversion");
        else if (TypeConverter != null)
            type = TypeConverter.ConvertType(type)!;
        var add = rewriter.Create(new OperationState(op.Location, "test.add") { Operands = { adaptor[0], adaptor[1] }, ResultTypes = { type } });
        rewriter.ReplaceOp(op, add);
        return true;
    }
}

/// <summary>func.func: converts the signature and the body's block signatures.</summary>
internal sealed class FuncSignatureConversion(TypeConverter converter, Context context) : OpConversionPattern<FuncOp>(converter, context)
{
    public override bool MatchAndRewrite(FuncOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var signature = op.Signature;
        var conversion = new SignatureConversion(signature.Inputs.Length);
        if (!TypeConverter!.ConvertSignatureArgs(signature.Inputs, conversion))
            return rewriter.NotifyMatchFailure(op, "argument type has no conversion");
        var results = new List<Type>();
        if (!TypeConverter.ConvertTypes(signature.Results, results))
            return rewriter.NotifyMatchFailure(op, "result type has no conversion");
        var inputs = new Type[conversion.ConvertedTypes.Count];
        for (int i = 0; i < inputs.Length; i++)
            inputs[i] = conversion.ConvertedTypes[i];
        if (!op.IsExternal && !rewriter.ConvertRegionTypes(op.Body, TypeConverter, conversion))
            return false;
        ConversionTestSupport.SetFunctionType(rewriter, op, FunctionType.Get(op.Context, inputs, results.ToArray()));
        return true;
    }
}

/// <summary>func.return: takes the converted operands.</summary>
internal sealed class ReturnOpConversion(TypeConverter converter, Context context) : OpConversionPattern<ReturnOp>(converter, context)
{
    public override bool MatchAndRewrite(ReturnOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        rewriter.ModifyOpInPlace(op, () => op.SetOperands(adaptor.Operands));
        return true;
    }
}

/// <summary>cf.br: takes the converted operands.</summary>
internal sealed class BranchOpConversion(TypeConverter converter, Context context) : OpConversionPattern<BranchOp>(converter, context)
{
    public override bool MatchAndRewrite(BranchOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        rewriter.ModifyOpInPlace(op, () => op.SetOperands(adaptor.Operands));
        return true;
    }
}

/// <summary>A pattern on ops named <c>rootName</c> that runs a delegate; its debug name is <c>name</c>.</summary>
internal sealed class LambdaConversion : ConversionPattern
{
    private readonly Func<Operation, OpAdaptor, ConversionPatternRewriter, bool> _body;

    public LambdaConversion(string rootName, Context context, Func<Operation, OpAdaptor, ConversionPatternRewriter, bool> body,
        TypeConverter? converter = null, PatternBenefit? benefit = null, string? name = null, bool bounded = false)
        : base(rootName, benefit ?? 1, context, converter)
    {
        _body = body;
        DebugName = name ?? rootName;
        HasBoundedRewriteRecursion = bounded;
    }

    public override bool MatchAndRewrite(Operation op, OpAdaptor adaptor, ConversionPatternRewriter rewriter) => _body(op, adaptor, rewriter);
}
