using System.Collections.Generic;
using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite.Conversion;

/// <summary>
/// A rewrite pattern for dialect conversion (MLIR's <c>ConversionPattern</c>): it receives the op, its operands as
/// the conversion has remapped them (an <see cref="OpAdaptor"/>; converted to legal types when the pattern has a
/// <see cref="TypeConverter"/>) and a <see cref="ConversionPatternRewriter"/>. It replaces the op with values of
/// the converted types; the driver bridges the types for users not converted yet.
/// Usually written as an <see cref="OpConversionPattern{TOp}"/>:
/// <code>
/// // arith.addi(a, b) -> llvm.add(a', b') on the converted operands
/// sealed class AddIOpLowering(TypeConverter converter, Context context) : OpConversionPattern&lt;AddIOp&gt;(converter, context)
/// {
///     public override bool MatchAndRewrite(AddIOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
///     {
///         if (TypeConverter!.ConvertType(op.Result.Type) is not { } type)
///             return rewriter.NotifyMatchFailure(op, "result type has no conversion");
///         var add = rewriter.Create(new OperationState(op.Location, "llvm.add") { Operands = { adaptor[0], adaptor[1] }, ResultTypes = { type } });
///         rewriter.ReplaceOp(op, add);
///         return true;
///     }
/// }
///
/// var patterns = new RewritePatternSet(context).Add(new AddIOpLowering(converter, context));
/// var target = new ConversionTarget(context);
/// target.AddLegalDialect("llvm");
/// target.AddIllegalDialect("arith");
/// if (!DialectConversion.ApplyPartialConversion(module, target, new FrozenRewritePatternSet(patterns)))
///     SignalPassFailure();
/// </code>
/// A pattern that returns false must not have changed the IR (the driver applies changes immediately and does not
/// roll back): check everything first, then rewrite, and say why with <c>rewriter.NotifyMatchFailure</c>.
/// </summary>
public abstract class ConversionPattern : RewritePattern
{
    /// <summary>A pattern rooted at ops named <paramref name="rootName"/> (null: any op).</summary>
    protected ConversionPattern(string? rootName, PatternBenefit benefit, Context context, TypeConverter? typeConverter = null,
        IEnumerable<string>? generatedNames = null)
        : base(rootName, benefit, context, generatedNames) => TypeConverter = typeConverter;

    /// <summary>The converter of the operand types; null: operands are handed over as remapped, unconverted.</summary>
    public TypeConverter? TypeConverter { get; }

    public sealed override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
    {
        if (rewriter is not ConversionPatternRewriter conversion)
            return rewriter.NotifyMatchFailure(op, $"conversion pattern '{DebugName}' needs a dialect conversion driver");
        if (!conversion.GetRemappedOperands(op, TypeConverter, out var operands, out string? failure))
            return conversion.NotifyMatchFailure(op, failure!);
        return MatchAndRewrite(op, new OpAdaptor(operands, op), conversion);
    }

    /// <summary>Rewrites <paramref name="op"/> given its remapped operands; false (IR untouched) when it does not
    /// apply.</summary>
    public abstract bool MatchAndRewrite(Operation op, OpAdaptor adaptor, ConversionPatternRewriter rewriter);
}
