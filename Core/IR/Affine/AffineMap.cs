using System;
using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Affine;

/// <summary>
/// A uniqued multi-result affine map <c>(d0, ..., dn-1)[s0, ..., sm-1] -> (e0, ..., ek-1)</c>.
/// Invariant: every dimension/symbol position used by a result is below <see cref="NumDims"/> /
/// <see cref="NumSymbols"/>, and all results belong to the map's context. Results are stored as given (already
/// simplified by <see cref="AffineExpr"/>'s factories); the map itself performs no further simplification,
/// matching <c>mlir::AffineMap::get</c>.
/// </summary>
public sealed class AffineMap : Uniqued
{
    private readonly AffineExpr[] _results;

    private AffineMap(Context context, int numDims, int numSymbols, AffineExpr[] results)
    {
        Context = context;
        NumDims = numDims;
        NumSymbols = numSymbols;
        _results = results;
    }

    /// <summary>The context this map is uniqued in.</summary>
    public Context Context { get; }

    /// <summary>Number of dimensional inputs.</summary>
    public int NumDims { get; }

    /// <summary>Number of symbolic inputs.</summary>
    public int NumSymbols { get; }

    /// <summary>Number of inputs (dims then symbols).</summary>
    public int NumInputs => NumDims + NumSymbols;

    /// <summary>The result expressions.</summary>
    public ReadOnlySpan<AffineExpr> Results => _results;

    /// <summary>Number of results.</summary>
    public int NumResults => _results.Length;

    /// <summary>Result <paramref name="index"/>.</summary>
    public AffineExpr GetResult(int index) => _results[index];

    /// <summary>
    /// Returns the uniqued map; throws when a result uses an out-of-range dim/symbol or another context.
    /// </summary>
    public static AffineMap Get(Context context, int numDims, int numSymbols, ReadOnlySpan<AffineExpr> results)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentOutOfRangeException.ThrowIfNegative(numDims);
        ArgumentOutOfRangeException.ThrowIfNegative(numSymbols);
        var copy = results.ToArray();
        foreach (var r in copy)
            AffineValidation.Check(context, r, numDims, numSymbols, nameof(results));
        return context.Uniquer.Get(new AffineMap(context, numDims, numSymbols, copy));
    }

    /// <summary>Returns the uniqued map with a single result.</summary>
    public static AffineMap Get(Context context, int numDims, int numSymbols, AffineExpr result) =>
        Get(context, numDims, numSymbols, new[] { result });

    /// <summary>The zero-input, zero-result map <c>() -> ()</c>.</summary>
    public static AffineMap GetEmpty(Context context) => Get(context, 0, 0, ReadOnlySpan<AffineExpr>.Empty);

    /// <summary>A map with the given inputs and no results, e.g. <c>(d0)[s0] -> ()</c>.</summary>
    public static AffineMap Get(Context context, int numDims, int numSymbols) =>
        Get(context, numDims, numSymbols, ReadOnlySpan<AffineExpr>.Empty);

    /// <summary>The identity map <c>(d0, ..., dn-1) -> (d0, ..., dn-1)</c>.</summary>
    public static AffineMap GetMultiDimIdentity(Context context, int numDims)
    {
        var results = new AffineExpr[numDims];
        for (int i = 0; i < numDims; i++)
            results[i] = AffineExpr.Dim(context, i);
        return Get(context, numDims, 0, results);
    }

    /// <summary>Same as <see cref="GetMultiDimIdentity"/>.</summary>
    public static AffineMap GetIdentity(Context context, int numDims) => GetMultiDimIdentity(context, numDims);

    /// <summary>
    /// The permutation map <c>(d0, ..., dn-1) -> (d_p[0], ..., d_p[n-1])</c>; throws unless
    /// <paramref name="permutation"/> is a permutation of 0..n-1.
    /// </summary>
    public static AffineMap GetPermutation(Context context, ReadOnlySpan<int> permutation)
    {
        var seen = new bool[permutation.Length];
        var results = new AffineExpr[permutation.Length];
        for (int i = 0; i < permutation.Length; i++)
        {
            int p = permutation[i];
            if ((uint)p >= (uint)permutation.Length || seen[p])
                throw new ArgumentException("Not a permutation.", nameof(permutation));
            seen[p] = true;
            results[i] = AffineExpr.Dim(context, p);
        }
        return Get(context, permutation.Length, 0, results);
    }

    /// <summary>True for <c>(d0, ..., dn-1) -> (d0, ..., dn-1)</c> (symbols allowed but unused, as in MLIR).</summary>
    public bool IsIdentity
    {
        get
        {
            if (NumDims != _results.Length)
                return false;
            for (int i = 0; i < _results.Length; i++)
                if (_results[i] is not AffineDimExpr d || d.Position != i)
                    return false;
            return true;
        }
    }

    /// <summary>True when the results are exactly the dims in some order, each once, and there are no symbols.
    /// </summary>
    public bool IsPermutation
    {
        get
        {
            if (NumSymbols != 0 || NumDims != _results.Length)
                return false;
            var seen = new bool[NumDims];
            foreach (var r in _results)
            {
                if (r is not AffineDimExpr d || seen[d.Position])
                    return false;
                seen[d.Position] = true;
            }
            return true;
        }
    }

    /// <summary>True when the map has no inputs and no results.</summary>
    public bool IsEmpty => NumDims == 0 && NumSymbols == 0 && _results.Length == 0;

    /// <summary>True when every result is a constant.</summary>
    public bool IsConstant
    {
        get
        {
            foreach (var r in _results)
                if (r is not AffineConstantExpr)
                    return false;
            return true;
        }
    }

    /// <summary>The constant values of the results; throws unless <see cref="IsConstant"/>.</summary>
    public long[] GetConstantResults()
    {
        if (!IsConstant)
            throw new InvalidOperationException("Not every result of the map is a constant.");
        var values = new long[_results.Length];
        for (int i = 0; i < values.Length; i++)
            values[i] = ((AffineConstantExpr)_results[i]).Value;
        return values;
    }

    /// <summary>
    /// Returns <c>this ∘ other</c>: the map computing this map's results on <paramref name="other"/>'s results.
    /// The composed map has <paramref name="other"/>'s dims and <c>this.NumSymbols + other.NumSymbols</c>
    /// symbols (this map's symbols first), as <c>mlir::AffineMap::compose</c>.
    /// </summary>
    public AffineMap Compose(AffineMap other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.NumResults != NumDims)
            throw new ArgumentException(
                "Number of results of the inner map must equal the outer map's dims.", nameof(other));
        int numDims = other.NumDims;
        int numSymbols = NumSymbols + other.NumSymbols;
        var shiftedSymbols = new AffineExpr[other.NumSymbols];
        for (int i = 0; i < shiftedSymbols.Length; i++)
            shiftedSymbols[i] = AffineExpr.Symbol(Context, NumSymbols + i);
        var inner = new AffineExpr[other.NumResults];
        for (int i = 0; i < inner.Length; i++)
            inner[i] = other._results[i].ReplaceSymbols(shiftedSymbols);
        var results = new AffineExpr[_results.Length];
        for (int i = 0; i < results.Length; i++)
            results[i] = _results[i].ReplaceDims(inner);
        return Get(Context, numDims, numSymbols, results);
    }

    /// <summary>Replaces dims and symbols in every result and returns a map with the given input counts.</summary>
    public AffineMap ReplaceDimsAndSymbols(ReadOnlySpan<AffineExpr> dimReplacements,
        ReadOnlySpan<AffineExpr> symbolReplacements, int numResultDims, int numResultSymbols)
    {
        var results = new AffineExpr[_results.Length];
        for (int i = 0; i < results.Length; i++)
            results[i] = _results[i].ReplaceDimsAndSymbols(dimReplacements, symbolReplacements);
        return Get(Context, numResultDims, numResultSymbols, results);
    }

    protected override int KeyHash() =>
        HashCode.Combine(NumDims, NumSymbols, HashHelpers.Hash<AffineExpr>(_results));

    protected override bool KeyEquals(Uniqued other)
    {
        var o = (AffineMap)other;
        return o.NumDims == NumDims && o.NumSymbols == NumSymbols && HashHelpers.SequenceEqual(o._results, _results);
    }

    /// <summary>Prints as mlir-opt does between <c>affine_map&lt;</c> and <c>&gt;</c>.</summary>
    public override string ToString()
    {
        var sb = new System.Text.StringBuilder();
        AffinePrinter.Print(this, sb);
        return sb.ToString();
    }
}
