using System;
using System.Collections.Generic;
using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Affine;

/// <summary>
/// An affine (or semi-affine) expression over dimensions <c>dN</c>, symbols <c>sN</c> and 64-bit constants,
/// uniqued in its <see cref="IR.Context"/> (equal expressions are the same instance).
/// Every factory and operator applies MLIR 22's construction-time simplifications, so a tree is always in the
/// form mlir-opt would print: constants folded and on the right of <c>+</c>/<c>*</c>, <c>a - b</c> stored as
/// <c>a + b * -1</c>, and so on. Constant folding never throws: an overflowing fold is left unfolded, and
/// successive-constant folds (<c>(x + c1) + c2</c>) wrap, both exactly as mlir-opt does.
/// </summary>
public abstract class AffineExpr : Uniqued
{
    private protected AffineExpr(Context context, AffineExprKind kind, bool isSymbolicOrConstant, bool isPureAffine,
        long largestKnownDivisor)
    {
        Context = context;
        Kind = kind;
        IsSymbolicOrConstant = isSymbolicOrConstant;
        IsPureAffine = isPureAffine;
        LargestKnownDivisor = largestKnownDivisor;
    }

    /// <summary>The context this expression is uniqued in.</summary>
    public Context Context { get; }

    /// <summary>The expression's kind.</summary>
    public AffineExprKind Kind { get; }

    /// <summary>True when the expression contains no dimension (only symbols and constants).</summary>
    public bool IsSymbolicOrConstant { get; }

    /// <summary>
    /// True when the expression is affine in the strict sense: every multiplication has a constant operand and
    /// every floordiv/ceildiv/mod has a constant right operand.
    /// </summary>
    public bool IsPureAffine { get; }

    /// <summary>
    /// The largest integer known to divide the expression's value (MLIR's <c>getLargestKnownDivisor</c>,
    /// including its two's-complement wrap-around on overflow). Cached at construction.
    /// </summary>
    public long LargestKnownDivisor { get; }

    /// <summary>Height of the tree (leaves are 0); cached, used to bound work on pathological inputs.</summary>
    public int Depth { get; private protected init; }

    /// <summary>Largest dimension position used, or -1 when none; cached so range checks are O(1).</summary>
    internal int MaxDimPosition { get; private protected init; } = -1;

    /// <summary>Largest symbol position used, or -1 when none; cached so range checks are O(1).</summary>
    internal int MaxSymbolPosition { get; private protected init; } = -1;

    /// <summary>Returns the dimension expression <c>d{position}</c>.</summary>
    public static AffineDimExpr Dim(Context context, int position)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        return context.Uniquer.Get(new AffineDimExpr(context, position));
    }

    /// <summary>Returns the symbol expression <c>s{position}</c>.</summary>
    public static AffineSymbolExpr Symbol(Context context, int position)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        return context.Uniquer.Get(new AffineSymbolExpr(context, position));
    }

    /// <summary>Returns the constant expression <paramref name="value"/>.</summary>
    public static AffineConstantExpr Constant(Context context, long value)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Uniquer.Get(new AffineConstantExpr(context, value));
    }

    /// <summary>
    /// Builds <c>lhs kind rhs</c> with MLIR's simplifications (same as the corresponding operator or method).
    /// </summary>
    public static AffineExpr GetBinary(AffineExprKind kind, AffineExpr lhs, AffineExpr rhs)
    {
        ArgumentNullException.ThrowIfNull(lhs);
        ArgumentNullException.ThrowIfNull(rhs);
        if (!ReferenceEquals(lhs.Context, rhs.Context))
            throw new ArgumentException("Affine expressions belong to different contexts.", nameof(rhs));
        AffineExpr? simplified = kind switch
        {
            AffineExprKind.Add => AffineSimplifier.SimplifyAdd(lhs, rhs),
            AffineExprKind.Mul => AffineSimplifier.SimplifyMul(lhs, rhs),
            AffineExprKind.Mod => AffineSimplifier.SimplifyMod(lhs, rhs),
            AffineExprKind.FloorDiv => AffineSimplifier.SimplifyFloorDiv(lhs, rhs),
            AffineExprKind.CeilDiv => AffineSimplifier.SimplifyCeilDiv(lhs, rhs),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a binary affine kind."),
        };
        return simplified ?? GetRaw(kind, lhs, rhs);
    }

    /// <summary>Uniques a binary node exactly as given, without simplification.</summary>
    internal static AffineBinaryOpExpr GetRaw(AffineExprKind kind, AffineExpr lhs, AffineExpr rhs) =>
        lhs.Context.Uniquer.Get(new AffineBinaryOpExpr(kind, lhs, rhs));

    public static AffineExpr operator +(AffineExpr lhs, AffineExpr rhs) => GetBinary(AffineExprKind.Add, lhs, rhs);

    public static AffineExpr operator +(AffineExpr lhs, long rhs) => lhs + Constant(lhs.Context, rhs);

    public static AffineExpr operator +(long lhs, AffineExpr rhs) => rhs + Constant(rhs.Context, lhs);

    public static AffineExpr operator *(AffineExpr lhs, AffineExpr rhs) => GetBinary(AffineExprKind.Mul, lhs, rhs);

    public static AffineExpr operator *(AffineExpr lhs, long rhs) => lhs * Constant(lhs.Context, rhs);

    public static AffineExpr operator *(long lhs, AffineExpr rhs) => rhs * Constant(rhs.Context, lhs);

    /// <summary>Negation, represented as <c>x * -1</c>.</summary>
    public static AffineExpr operator -(AffineExpr operand) => operand * -1L;

    /// <summary>Subtraction, represented as <c>lhs + rhs * -1</c>.</summary>
    public static AffineExpr operator -(AffineExpr lhs, AffineExpr rhs) => lhs + (-rhs);

    /// <summary>Subtraction of a constant, represented as <c>lhs + (-rhs)</c> (wrapping for long.MinValue).</summary>
    public static AffineExpr operator -(AffineExpr lhs, long rhs) => lhs + unchecked(-rhs);

    /// <summary><c>this floordiv rhs</c>.</summary>
    public AffineExpr FloorDiv(AffineExpr rhs) => GetBinary(AffineExprKind.FloorDiv, this, rhs);

    /// <summary><c>this floordiv rhs</c>.</summary>
    public AffineExpr FloorDiv(long rhs) => FloorDiv(Constant(Context, rhs));

    /// <summary><c>this ceildiv rhs</c>.</summary>
    public AffineExpr CeilDiv(AffineExpr rhs) => GetBinary(AffineExprKind.CeilDiv, this, rhs);

    /// <summary><c>this ceildiv rhs</c>.</summary>
    public AffineExpr CeilDiv(long rhs) => CeilDiv(Constant(Context, rhs));

    /// <summary><c>this mod rhs</c>.</summary>
    public AffineExpr Mod(AffineExpr rhs) => GetBinary(AffineExprKind.Mod, this, rhs);

    /// <summary><c>this mod rhs</c>.</summary>
    public AffineExpr Mod(long rhs) => Mod(Constant(Context, rhs));

    /// <summary>True when the expression is a multiple of <paramref name="factor"/> as far as is known.</summary>
    public bool IsMultipleOf(long factor)
    {
        if (factor == 0)
            return LargestKnownDivisor == 0;
        return AffineMath.Rem(LargestKnownDivisor, factor) == 0;
    }

    /// <summary>True when dimension <paramref name="position"/> occurs in the expression.</summary>
    public bool IsFunctionOfDim(int position)
    {
        bool found = false;
        Walk(e => found |= e is AffineDimExpr d && d.Position == position);
        return found;
    }

    /// <summary>True when symbol <paramref name="position"/> occurs in the expression.</summary>
    public bool IsFunctionOfSymbol(int position)
    {
        bool found = false;
        Walk(e => found |= e is AffineSymbolExpr s && s.Position == position);
        return found;
    }

    /// <summary>
    /// Visits every node in post-order (operands before the node, left before right), as MLIR's walker does.
    /// Iterative: safe for arbitrarily deep trees. Shared subtrees are visited once per occurrence.
    /// </summary>
    public void Walk(Action<AffineExpr> callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        // Stack entries: (node, operandsPushed). A binary node is revisited after its operands are done.
        var stack = new Stack<(AffineExpr Node, bool Expanded)>();
        stack.Push((this, false));
        while (stack.Count > 0)
        {
            var (node, expanded) = stack.Pop();
            if (node is AffineBinaryOpExpr bin && !expanded)
            {
                stack.Push((node, true));
                stack.Push((bin.Rhs, false));
                stack.Push((bin.Lhs, false));
                continue;
            }
            callback(node);
        }
    }

    /// <summary>
    /// Replaces <c>d_i</c> by <paramref name="dimReplacements"/>[i] and <c>s_j</c> by
    /// <paramref name="symbolReplacements"/>[j] (positions beyond either list are kept), re-simplifying every
    /// rebuilt node. Unchanged subtrees are returned as is. Iterative with memoisation of shared subtrees.
    /// </summary>
    public AffineExpr ReplaceDimsAndSymbols(ReadOnlySpan<AffineExpr> dimReplacements,
        ReadOnlySpan<AffineExpr> symbolReplacements)
    {
        if (this is not AffineBinaryOpExpr)
            return ReplaceLeaf(this, dimReplacements, symbolReplacements);
        var done = new Dictionary<AffineExpr, AffineExpr>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(AffineExpr Node, bool Expanded)>();
        stack.Push((this, false));
        while (stack.Count > 0)
        {
            var (node, expanded) = stack.Pop();
            if (done.ContainsKey(node))
                continue;
            if (node is not AffineBinaryOpExpr bin)
            {
                done[node] = ReplaceLeaf(node, dimReplacements, symbolReplacements);
                continue;
            }
            if (!expanded)
            {
                stack.Push((node, true));
                stack.Push((bin.Rhs, false));
                stack.Push((bin.Lhs, false));
                continue;
            }
            var newLhs = done[bin.Lhs];
            var newRhs = done[bin.Rhs];
            done[node] = ReferenceEquals(newLhs, bin.Lhs) && ReferenceEquals(newRhs, bin.Rhs)
                ? node
                : GetBinary(bin.Kind, newLhs, newRhs);
        }
        return done[this];
    }

    /// <summary>Replaces dimensions only (see <see cref="ReplaceDimsAndSymbols"/>).</summary>
    public AffineExpr ReplaceDims(ReadOnlySpan<AffineExpr> dimReplacements) =>
        ReplaceDimsAndSymbols(dimReplacements, ReadOnlySpan<AffineExpr>.Empty);

    /// <summary>Replaces symbols only (see <see cref="ReplaceDimsAndSymbols"/>).</summary>
    public AffineExpr ReplaceSymbols(ReadOnlySpan<AffineExpr> symbolReplacements) =>
        ReplaceDimsAndSymbols(ReadOnlySpan<AffineExpr>.Empty, symbolReplacements);

    /// <summary>Substitutes the results of <paramref name="map"/> for this expression's dimensions.</summary>
    public AffineExpr Compose(AffineMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return ReplaceDims(map.Results);
    }

    private static AffineExpr ReplaceLeaf(AffineExpr leaf, ReadOnlySpan<AffineExpr> dims, ReadOnlySpan<AffineExpr> syms)
    {
        if (leaf is AffineDimExpr d && d.Position < dims.Length)
            return dims[d.Position];
        if (leaf is AffineSymbolExpr s && s.Position < syms.Length)
            return syms[s.Position];
        return leaf;
    }

    /// <summary>Prints the expression as mlir-opt does (dimensions as <c>dN</c>, symbols as <c>sN</c>).</summary>
    public override string ToString()
    {
        var sb = new System.Text.StringBuilder();
        AffinePrinter.Print(this, sb);
        return sb.ToString();
    }
}
