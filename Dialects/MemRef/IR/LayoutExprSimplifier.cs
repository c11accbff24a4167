using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Affine;

namespace Dialectic.Dialects.MemRef;

/// <summary>
/// MLIR's <c>simplifyAffineExpr</c> for the expressions memref layouts are made of: sums of dimensions, symbols and
/// constants times constants, and semi-affine products <c>d * s</c>. The expression is flattened into coefficients
/// over <c>[dims, symbols, locals, constant]</c> (a local per distinct semi-affine product) and rebuilt in MLIR's
/// order: dims, symbols, locals, constant for pure-affine expressions; the sorted sum-of-products order of
/// <c>getSemiAffineExprFromFlatForm</c> otherwise. Expressions with floordiv, ceildiv or mod are returned unchanged
/// (layouts that need them are not strided anyway). Cost: linear in the size of the expression tree.
/// </summary>
internal static class LayoutExprSimplifier
{
    /// <summary>The simplified form of <paramref name="expr"/> in a map with the given input counts.</summary>
    public static AffineExpr Simplify(AffineExpr expr, int numDims, int numSymbols)
    {
        if (HasDivOrMod(expr))
            return expr;
        var flattener = new Flattener(expr.Context, numDims, numSymbols);
        var flat = flattener.Flatten(expr);
        if (!expr.IsPureAffine && ReferenceEquals(expr, flattener.FromFlat(flat)))
            return expr;
        return expr.IsPureAffine ? flattener.FromFlat(flat) : flattener.SemiAffineFromFlat(flat);
    }

    private static bool HasDivOrMod(AffineExpr expr)
    {
        bool found = false;
        expr.Walk(e => found |= e.Kind is AffineExprKind.FloorDiv or AffineExprKind.CeilDiv or AffineExprKind.Mod);
        return found;
    }

    /// <summary>MLIR's <c>SimpleAffineExprFlattener</c>, restricted to add and mul.</summary>
    private sealed class Flattener
    {
        private readonly Context _context;
        private readonly int _numDims;
        private readonly int _numSymbols;
        private readonly List<AffineExpr> _locals = new();
        private readonly List<long[]> _stack = new();

        public Flattener(Context context, int numDims, int numSymbols)
        {
            _context = context;
            _numDims = numDims;
            _numSymbols = numSymbols;
        }

        private int Columns => _numDims + _numSymbols + _locals.Count + 1;

        // Invariant: every vector on the stack has Columns entries; adding a local widens all of them.
        public long[] Flatten(AffineExpr expr)
        {
            Visit(expr);
            return _stack[^1];
        }

        private void Visit(AffineExpr expr)
        {
            switch (expr)
            {
                case AffineDimExpr d:
                    Push(d.Position, 1);
                    return;
                case AffineSymbolExpr s:
                    Push(_numDims + s.Position, 1);
                    return;
                case AffineConstantExpr c:
                    Push(-1, c.Value);
                    return;
                case AffineBinaryOpExpr bin:
                    Visit(bin.Lhs);
                    Visit(bin.Rhs);
                    if (bin.Kind == AffineExprKind.Add)
                        Add();
                    else
                        Mul(bin);
                    return;
            }
        }

        private void Push(int column, long value)
        {
            var v = new long[Columns];
            v[column < 0 ? v.Length - 1 : column] = value;
            _stack.Add(v);
        }

        private void Add()
        {
            var rhs = _stack[^1];
            _stack.RemoveAt(_stack.Count - 1);
            var lhs = _stack[^1];
            for (int i = 0; i < lhs.Length; i++)
                lhs[i] = unchecked(lhs[i] + rhs[i]);
        }

        private void Mul(AffineBinaryOpExpr expr)
        {
            var rhs = _stack[^1];
            _stack.RemoveAt(_stack.Count - 1);
            var lhs = _stack[^1];
            if (expr.Rhs is AffineConstantExpr)
            {
                long c = rhs[^1];
                for (int i = 0; i < lhs.Length; i++)
                    lhs[i] = unchecked(lhs[i] * c);
                return;
            }
            // Semi-affine product: a local variable stands for it.
            var product = FromFlat(lhs) * FromFlat(rhs);
            int local = _locals.IndexOf(product);
            if (local < 0)
            {
                AddLocal(product);
                lhs = _stack[^1];
                local = _locals.Count - 1;
            }
            System.Array.Clear(lhs);
            lhs[_numDims + _numSymbols + local] = 1;
        }

        private void AddLocal(AffineExpr local)
        {
            int at = _numDims + _numSymbols + _locals.Count;
            _locals.Add(local);
            for (int k = 0; k < _stack.Count; k++)
            {
                var old = _stack[k];
                var wider = new long[old.Length + 1];
                System.Array.Copy(old, 0, wider, 0, at);
                System.Array.Copy(old, at, wider, at + 1, old.Length - at);
                _stack[k] = wider;
            }
        }

        /// <summary>MLIR's <c>getAffineExprFromFlatForm</c>.</summary>
        public AffineExpr FromFlat(long[] flat)
        {
            var ctx = _context;
            AffineExpr expr = AffineExpr.Constant(ctx, 0);
            for (int j = 0; j < _numDims + _numSymbols; j++)
            {
                if (j >= flat.Length - 1 || flat[j] == 0)
                    continue;
                AffineExpr id = j < _numDims ? AffineExpr.Dim(ctx, j) : AffineExpr.Symbol(ctx, j - _numDims);
                expr = expr + id * flat[j];
            }
            for (int j = _numDims + _numSymbols; j < flat.Length - 1; j++)
                if (flat[j] != 0)
                    expr = expr + _locals[j - _numDims - _numSymbols] * flat[j];
            if (flat[^1] != 0)
                expr = expr + flat[^1];
            return expr;
        }

        /// <summary>MLIR's <c>getSemiAffineExprFromFlatForm</c>: terms sorted by (position, kind key).</summary>
        public AffineExpr SemiAffineFromFlat(long[] flat)
        {
            var ctx = _context;
            var entries = new List<(long KeyA, long KeyB, AffineExpr Expr, long Coefficient)>();
            int offsetSym = 0;
            int offsetDim = -1;
            int maxInputs = System.Math.Max(_numDims, _numSymbols);
            for (int j = _numDims; j < _numDims + _numSymbols; j++)
                if (flat[j] != 0)
                    entries.Add((j - _numDims, maxInputs + offsetSym++, AffineExpr.Symbol(ctx, j - _numDims), flat[j]));
            var added = new bool[_locals.Count];
            for (int k = 0; k < _locals.Count; k++)
            {
                long coefficient = flat[_numDims + _numSymbols + k];
                if (coefficient == 0 || _locals[k] is not AffineBinaryOpExpr bin)
                    continue;
                var lhs = bin.Lhs;
                var rhs = bin.Rhs;
                if (!(lhs is AffineDimExpr or AffineSymbolExpr && rhs is AffineDimExpr or AffineSymbolExpr or AffineConstantExpr))
                    continue;
                if (rhs is AffineConstantExpr)
                    entries.Add(lhs is AffineDimExpr ld
                        ? (ld.Position, offsetDim--, bin, coefficient)
                        : (((AffineSymbolExpr)lhs).Position, maxInputs + offsetSym++, bin, coefficient));
                else if (lhs is AffineDimExpr dl)
                    entries.Add((dl.Position, rhs is AffineSymbolExpr rs ? rs.Position : ((AffineDimExpr)rhs).Position, bin, coefficient));
                else
                    entries.Add((((AffineSymbolExpr)lhs).Position, maxInputs + offsetSym++, bin, coefficient));
                added[k] = true;
            }
            for (int j = 0; j < _numDims; j++)
                if (flat[j] != 0)
                    entries.Add((j, offsetDim--, AffineExpr.Dim(ctx, j), flat[j]));
            // Keys are unique, so the order is total (llvm::sort on pairs of (unsigned, signed)).
            entries.Sort(static (a, b) => a.KeyA != b.KeyA ? a.KeyA.CompareTo(b.KeyA) : a.KeyB.CompareTo(b.KeyB));
            AffineExpr expr = AffineExpr.Constant(ctx, 0);
            foreach (var e in entries)
                expr = expr + e.Expr * e.Coefficient;
            for (int k = 0; k < _locals.Count; k++)
            {
                long coefficient = flat[_numDims + _numSymbols + k];
                if (coefficient != 0 && !added[k])
                    expr = expr + _locals[k] * coefficient;
            }
            if (flat[^1] != 0)
                expr = expr + flat[^1];
            return expr;
        }
    }
}
