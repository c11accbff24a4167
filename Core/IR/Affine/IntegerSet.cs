using System;
using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Affine;

/// <summary>
/// A uniqued integer set <c>(d0, ...)[s0, ...] : (c0 >= 0, c1 == 0, ...)</c>: the points satisfying a conjunction
/// of affine constraints, each either an equality (<c>expr == 0</c>) or an inequality (<c>expr >= 0</c>).
/// Invariant: constraints and equality flags have equal length; constraints use in-range dims/symbols.
/// Constraints are stored as given (no canonicalization), as <c>mlir::IntegerSet::get</c> does.
/// </summary>
public sealed class IntegerSet : Uniqued
{
    private readonly AffineExpr[] _constraints;
    private readonly bool[] _eqFlags;

    private IntegerSet(Context context, int numDims, int numSymbols, AffineExpr[] constraints, bool[] eqFlags)
    {
        Context = context;
        NumDims = numDims;
        NumSymbols = numSymbols;
        _constraints = constraints;
        _eqFlags = eqFlags;
    }

    /// <summary>The context this set is uniqued in.</summary>
    public Context Context { get; }

    /// <summary>Number of dimensional inputs.</summary>
    public int NumDims { get; }

    /// <summary>Number of symbolic inputs.</summary>
    public int NumSymbols { get; }

    /// <summary>Number of inputs (dims then symbols).</summary>
    public int NumInputs => NumDims + NumSymbols;

    /// <summary>The constraint expressions (each compared against zero).</summary>
    public ReadOnlySpan<AffineExpr> Constraints => _constraints;

    /// <summary>Per constraint: true for <c>== 0</c>, false for <c>>= 0</c>.</summary>
    public ReadOnlySpan<bool> EqFlags => _eqFlags;

    /// <summary>Number of constraints.</summary>
    public int NumConstraints => _constraints.Length;

    /// <summary>Constraint <paramref name="index"/>.</summary>
    public AffineExpr GetConstraint(int index) => _constraints[index];

    /// <summary>True when constraint <paramref name="index"/> is an equality.</summary>
    public bool IsEq(int index) => _eqFlags[index];

    /// <summary>Number of equality constraints.</summary>
    public int NumEqualities
    {
        get
        {
            int n = 0;
            foreach (bool f in _eqFlags)
                n += f ? 1 : 0;
            return n;
        }
    }

    /// <summary>Number of inequality constraints.</summary>
    public int NumInequalities => _eqFlags.Length - NumEqualities;

    /// <summary>
    /// Returns the uniqued set. Throws when the spans differ in length or a constraint uses an out-of-range
    /// dim/symbol. An empty constraint list is allowed here; the parser turns <c>()</c> into <c>0 == 0</c>.
    /// </summary>
    public static IntegerSet Get(Context context, int numDims, int numSymbols, ReadOnlySpan<AffineExpr> constraints,
        ReadOnlySpan<bool> eqFlags)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentOutOfRangeException.ThrowIfNegative(numDims);
        ArgumentOutOfRangeException.ThrowIfNegative(numSymbols);
        if (constraints.Length != eqFlags.Length)
            throw new ArgumentException("One equality flag per constraint is required.", nameof(eqFlags));
        var copy = constraints.ToArray();
        foreach (var c in copy)
            AffineValidation.Check(context, c, numDims, numSymbols, nameof(constraints));
        return context.Uniquer.Get(new IntegerSet(context, numDims, numSymbols, copy, eqFlags.ToArray()));
    }

    /// <summary>
    /// The canonical empty (unsatisfiable) set <c>(...)[...] : (1 == 0)</c>, as <c>IntegerSet::getEmptySet</c>.
    /// </summary>
    public static IntegerSet GetEmptySet(Context context, int numDims, int numSymbols) =>
        Get(context, numDims, numSymbols, new AffineExpr[] { AffineExpr.Constant(context, 1) }, new[] { true });

    /// <summary>The universal set <c>(...)[...] : (0 == 0)</c> (what the parser builds for <c>()</c>).</summary>
    public static IntegerSet GetUniverse(Context context, int numDims, int numSymbols) =>
        Get(context, numDims, numSymbols, new AffineExpr[] { AffineExpr.Constant(context, 0) }, new[] { true });

    /// <summary>True when this is exactly the canonical empty set (a single <c>1 == 0</c>).</summary>
    public bool IsEmptyIntegerSet =>
        _constraints.Length == 1 && _eqFlags[0] && _constraints[0] is AffineConstantExpr { Value: 1 };

    protected override int KeyHash() =>
        HashCode.Combine(NumDims, NumSymbols, HashHelpers.Hash<AffineExpr>(_constraints),
            HashHelpers.Hash<bool>(_eqFlags));

    protected override bool KeyEquals(Uniqued other)
    {
        var o = (IntegerSet)other;
        return o.NumDims == NumDims && o.NumSymbols == NumSymbols
            && HashHelpers.SequenceEqual(o._constraints, _constraints)
            && HashHelpers.SequenceEqual(o._eqFlags, _eqFlags);
    }

    /// <summary>Prints as mlir-opt does between <c>affine_set&lt;</c> and <c>&gt;</c>.</summary>
    public override string ToString()
    {
        var sb = new System.Text.StringBuilder();
        AffinePrinter.Print(this, sb);
        return sb.ToString();
    }
}
