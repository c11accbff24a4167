using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite;

/// <summary>
/// A pattern rooted at the registered op class <typeparamref name="TOp"/> (MLIR's <c>OpRewritePattern</c>): the
/// driver hands it typed ops, so matching reads as C# pattern matching:
/// <code>if (op.Rhs.DefiningOp is ConstantOp { Value: IntegerAttr { IsZero: true } }) { rewriter.ReplaceOp(op, [op.Lhs]); return true; }</code>
/// </summary>
public abstract class OpRewritePattern<[DynamicallyAccessedMembers(Operation.ClassMembers)] TOp> : RewritePattern
    where TOp : Operation
{
    /// <summary>A pattern of benefit 1.</summary>
    protected OpRewritePattern(Context context) : base(RootName.Value, 1, context) { }

    protected OpRewritePattern(Context context, PatternBenefit benefit, params string[] generatedNames)
        : base(RootName.Value, benefit, context, generatedNames) { }

    public sealed override bool MatchAndRewrite(Operation op, PatternRewriter rewriter) =>
        op is TOp typed && MatchAndRewrite(typed, rewriter);

    /// <summary>Matches and rewrites <paramref name="op"/>; see <see cref="RewritePattern.MatchAndRewrite(Operation, PatternRewriter)"/>.</summary>
    public abstract bool MatchAndRewrite(TOp op, PatternRewriter rewriter);

    /// <summary>The op name of <typeparamref name="TOp"/>, from the <c>Info</c> (or else the <c>OperationName</c>
    /// constant) every generated op class declares; looked up once per class. The annotation on
    /// <typeparamref name="TOp"/> makes NativeAOT keep those fields.</summary>
    internal static class RootName
    {
        public static readonly string Value = Find();

        private static string Find()
        {
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly;
            // The generated Info field first: NativeAOT keeps no metadata for constants.
            if (typeof(TOp).GetField("Info", flags)?.GetValue(null) is OperationInfo info)
                return info.Name;
            var field = typeof(TOp).GetField("OperationName", flags);
            if (field is { IsLiteral: true } && field.GetRawConstantValue() is string name)
                return name;
            throw new KeyNotFoundException($"'{typeof(TOp).Name}' declares no OperationName constant: OpRewritePattern needs a registered op class");
        }
    }
}
