using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Dialectic.Core.IR.Affine;

/// <summary>
/// Prints affine expressions, maps and integer sets byte-identically to mlir-opt 22. Maps and sets are printed
/// without the <c>affine_map&lt;...&gt;</c>/<c>affine_set&lt;...&gt;</c> wrapper. Printing is iterative (an explicit
/// work stack), so arbitrarily deep expressions do not overflow the call stack.
/// </summary>
public static class AffinePrinter
{
    /// <summary>Appends <paramref name="map"/>, e.g. <c>(d0, d1)[s0] -> (d0 + s0 * 2, d1 floordiv 4)</c>.</summary>
    public static void Print(AffineMap map, StringBuilder sb)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(sb);
        PrintInputs(map.NumDims, map.NumSymbols, sb);
        sb.Append(" -> (");
        var results = map.Results;
        for (int i = 0; i < results.Length; i++)
        {
            if (i > 0)
                sb.Append(", ");
            Print(results[i], sb);
        }
        sb.Append(')');
    }

    /// <summary>Appends <paramref name="set"/>, e.g. <c>(d0)[s0] : (d0 - s0 >= 0, d0 mod 2 == 0)</c>.</summary>
    public static void Print(IntegerSet set, StringBuilder sb)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(sb);
        PrintInputs(set.NumDims, set.NumSymbols, sb);
        sb.Append(" : (");
        for (int i = 0; i < set.NumConstraints; i++)
        {
            if (i > 0)
                sb.Append(", ");
            Print(set.GetConstraint(i), sb);
            sb.Append(set.IsEq(i) ? " == 0" : " >= 0");
        }
        sb.Append(')');
    }

    /// <summary>Appends <paramref name="expr"/> at the weakest binding (no enclosing parentheses).</summary>
    public static void Print(AffineExpr expr, StringBuilder sb)
    {
        ArgumentNullException.ThrowIfNull(expr);
        ArgumentNullException.ThrowIfNull(sb);
        // Work items are either an expression to print with a binding strength, or literal text.
        // Items are pushed in reverse so they pop in print order.
        var stack = new Stack<Item>();
        stack.Push(new Item(expr, false, null));
        while (stack.Count > 0)
        {
            var item = stack.Pop();
            if (item.Text is not null)
            {
                sb.Append(item.Text);
                continue;
            }
            Expand(item.Expr!, item.Strong, sb, stack);
        }
    }

    /// <summary>Prints an expression to a new string.</summary>
    public static string ToText(AffineExpr expr)
    {
        var sb = new StringBuilder();
        Print(expr, sb);
        return sb.ToString();
    }

    private readonly record struct Item(AffineExpr? Expr, bool Strong, string? Text);

    private static void PrintInputs(int numDims, int numSymbols, StringBuilder sb)
    {
        sb.Append('(');
        for (int i = 0; i < numDims; i++)
        {
            if (i > 0)
                sb.Append(", ");
            sb.Append('d').Append(i);
        }
        sb.Append(')');
        if (numSymbols == 0)
            return;
        sb.Append('[');
        for (int i = 0; i < numSymbols; i++)
        {
            if (i > 0)
                sb.Append(", ");
            sb.Append('s').Append(i);
        }
        sb.Append(']');
    }

    private static string Num(long v) => v.ToString(CultureInfo.InvariantCulture);

    // Emits leaves directly; for a binary node pushes its pieces (in reverse). "strong" means the enclosing
    // context binds tighter than '+', so any binary node must be parenthesized.
    private static void Expand(AffineExpr expr, bool strong, StringBuilder sb, Stack<Item> stack)
    {
        switch (expr)
        {
            case AffineDimExpr d:
                sb.Append('d').Append(d.Position);
                return;
            case AffineSymbolExpr s:
                sb.Append('s').Append(s.Position);
                return;
            case AffineConstantExpr c:
                sb.Append(Num(c.Value));
                return;
        }

        var bin = (AffineBinaryOpExpr)expr;
        if (strong)
        {
            sb.Append('(');
            stack.Push(new Item(null, false, ")"));
        }

        if (bin.Kind != AffineExprKind.Add)
        {
            // x * -1 prints as -x
            if (bin.Kind == AffineExprKind.Mul && bin.Rhs is AffineConstantExpr { Value: -1 })
            {
                sb.Append('-');
                stack.Push(new Item(bin.Lhs, true, null));
                return;
            }
            stack.Push(new Item(bin.Rhs, true, null));
            stack.Push(new Item(null, false, Spelling(bin.Kind)));
            stack.Push(new Item(bin.Lhs, true, null));
            return;
        }

        // x + y * -1 prints as x - y (y parenthesized only when it is itself a sum);
        // x + y * -c (c > 1) prints as x - y * c.
        if (bin.Rhs is AffineBinaryOpExpr { Kind: AffineExprKind.Mul } rhsMul
            && rhsMul.Rhs is AffineConstantExpr rrhs)
        {
            if (rrhs.Value == -1)
            {
                stack.Push(new Item(rhsMul.Lhs, rhsMul.Lhs.Kind == AffineExprKind.Add, null));
                stack.Push(new Item(null, false, " - "));
                stack.Push(new Item(bin.Lhs, false, null));
                return;
            }
            if (rrhs.Value < -1)
            {
                stack.Push(new Item(null, false, " * " + Num(unchecked(-rrhs.Value))));
                stack.Push(new Item(rhsMul.Lhs, true, null));
                stack.Push(new Item(null, false, " - "));
                stack.Push(new Item(bin.Lhs, false, null));
                return;
            }
        }

        // x + -c prints as x - c (long.MinValue wraps and prints as "- -9223372036854775808", like mlir-opt).
        if (bin.Rhs is AffineConstantExpr rc && rc.Value < 0)
        {
            stack.Push(new Item(null, false, " - " + Num(unchecked(-rc.Value))));
            stack.Push(new Item(bin.Lhs, false, null));
            return;
        }

        stack.Push(new Item(bin.Rhs, false, null));
        stack.Push(new Item(null, false, " + "));
        stack.Push(new Item(bin.Lhs, false, null));
    }

    private static string Spelling(AffineExprKind kind) => kind switch
    {
        AffineExprKind.Mul => " * ",
        AffineExprKind.FloorDiv => " floordiv ",
        AffineExprKind.CeilDiv => " ceildiv ",
        AffineExprKind.Mod => " mod ",
        _ => " + ",
    };
}
