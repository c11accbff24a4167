using System;
using Dialectic.Core.IR;

namespace Dialectic.Core.Analysis.DataFlow;

/// <summary>
/// A sparse forward data-flow analysis (MLIR's <c>SparseForwardDataFlowAnalysis</c>): one lattice value of type
/// <typeparamref name="T"/> per SSA value, computed by <see cref="DataFlowSolver{T}"/> over the executable part of
/// the IR. The lattice must have finite height and <see cref="Join"/> must be monotonic so the solver terminates.
/// </summary>
public abstract class SparseForwardAnalysis<T> where T : class
{
    /// <summary>Bottom: the state of a value nothing has reached yet.</summary>
    public abstract T Uninitialized { get; }

    /// <summary>True when <paramref name="state"/> is bottom.</summary>
    public abstract bool IsUninitialized(T state);

    /// <summary>The pessimistic state of a value whose producer is not simulated (region and function
    /// arguments, results of ops with regions).</summary>
    public abstract T EntryState(Value value);

    /// <summary>The least upper bound of two states.</summary>
    public abstract T Join(T a, T b);

    /// <summary>True when the two states hold the same information.</summary>
    public abstract bool Same(T a, T b);

    /// <summary>
    /// Transfers <paramref name="operands"/> (never bottom) through <paramref name="op"/>, a region-free op, into
    /// <paramref name="results"/> (initialized to bottom; a state left bottom stays unreached).
    /// </summary>
    public abstract void VisitOperation(Operation op, ReadOnlySpan<T> operands, Span<T> results);

    /// <summary>The constant <paramref name="state"/> proves, used to resolve branches; null when none.</summary>
    public virtual Attribute? ConstantOf(T state) => null;
}
