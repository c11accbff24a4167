using System.Diagnostics.CodeAnalysis;
using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite.Conversion;

/// <summary>
/// A <see cref="ConversionPattern"/> rooted at the registered op class <typeparamref name="TOp"/> (MLIR's
/// <c>OpConversionPattern</c>); see <see cref="ConversionPattern"/> for an example.
/// </summary>
public abstract class OpConversionPattern<[DynamicallyAccessedMembers(Operation.ClassMembers)] TOp> : ConversionPattern
    where TOp : Operation
{
    /// <summary>A pattern of benefit 1 without type converter.</summary>
    protected OpConversionPattern(Context context, PatternBenefit? benefit = null)
        : base(OpRewritePattern<TOp>.RootName.Value, benefit ?? 1, context) { }

    /// <summary>A pattern whose operands are converted by <paramref name="typeConverter"/>.</summary>
    protected OpConversionPattern(TypeConverter? typeConverter, Context context, PatternBenefit? benefit = null)
        : base(OpRewritePattern<TOp>.RootName.Value, benefit ?? 1, context, typeConverter) { }

    public sealed override bool MatchAndRewrite(Operation op, OpAdaptor adaptor, ConversionPatternRewriter rewriter) =>
        op is TOp typed && MatchAndRewrite(typed, adaptor, rewriter);

    /// <summary>Rewrites <paramref name="op"/> given its remapped operands; see
    /// <see cref="ConversionPattern.MatchAndRewrite(Operation, OpAdaptor, ConversionPatternRewriter)"/>.</summary>
    public abstract bool MatchAndRewrite(TOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter);
}
