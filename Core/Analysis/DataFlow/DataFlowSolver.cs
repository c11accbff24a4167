using System;
using System.Collections.Generic;
using Dialectic.Core.Interfaces;
using Dialectic.Core.IR;

namespace Dialectic.Core.Analysis.DataFlow;

/// <summary>
/// Runs a <see cref="SparseForwardAnalysis{T}"/> together with dead-code analysis (MLIR's <c>DataFlowSolver</c>
/// loaded with <c>DeadCodeAnalysis</c> and one sparse analysis): blocks become executable when their region's
/// parent is reached (entry blocks) or a live control-flow edge reaches them; a terminator whose
/// <see cref="SuccessorForOperandsHook"/> resolves a single successor from the constants of its operands makes only
/// that edge live. Values forwarded along live edges join into the successor's arguments.
/// </summary>
/// <remarks>
/// Not interprocedural: arguments of every region entry block (function arguments included) and results of ops
/// with regions take the analysis' entry state. Cost: each op is revisited at most once per change of one of its
/// operands' states, so O(ops x lattice height x operands).
/// </remarks>
public sealed class DataFlowSolver<T> where T : class
{
    private readonly SparseForwardAnalysis<T> _analysis;
    private readonly Dictionary<Value, T> _states = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Block> _executable = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<(Block From, Block To)> _liveEdges = new();
    private readonly Queue<Block> _blockWork = new();
    private readonly Queue<Operation> _opWork = new();

    public DataFlowSolver(SparseForwardAnalysis<T> analysis) => _analysis = analysis;

    /// <summary>Solves the analysis over the regions of <paramref name="top"/> (whose own results are not
    /// simulated) until a fixed point.</summary>
    public void Run(Operation top)
    {
        foreach (var region in top.Regions)
            MarkEntryExecutable(region);
        var operands = new List<T>();
        while (true)
        {
            if (_blockWork.Count > 0)
            {
                for (var op = _blockWork.Dequeue().FirstOp; op != null; op = op.NextOp)
                    Visit(op, operands);
            }
            else if (_opWork.Count > 0)
                Visit(_opWork.Dequeue(), operands);
            else
                break;
        }
    }

    /// <summary>The state of <paramref name="value"/>; bottom when never reached.</summary>
    public T Lookup(Value value) => _states.TryGetValue(value, out var s) ? s : _analysis.Uninitialized;

    /// <summary>True when <paramref name="block"/> may execute.</summary>
    public bool IsExecutable(Block block) => _executable.Contains(block);

    /// <summary>True when control may flow from <paramref name="from"/>'s terminator to <paramref name="to"/>.</summary>
    public bool IsEdgeLive(Block from, Block to) => _liveEdges.Contains((from, to));

    private void MarkEntryExecutable(Region region)
    {
        if (region.FirstBlock is not { } entry)
            return;
        foreach (var arg in entry.Arguments)
            Update(arg, _analysis.EntryState(arg));
        MarkExecutable(entry);
    }

    private void MarkExecutable(Block block)
    {
        if (_executable.Add(block))
            _blockWork.Enqueue(block);
    }

    private void Visit(Operation op, List<T> operands)
    {
        if (op.Block is not { } block || !_executable.Contains(block))
            return;
        if (op.NumRegions > 0)
        {
            foreach (var result in op.Results)
                Update(result, _analysis.EntryState(result));
            foreach (var region in op.Regions)
                MarkEntryExecutable(region);
        }
        operands.Clear();
        bool ready = true;
        for (int i = 0; i < op.NumOperands; i++)
        {
            var state = Lookup(op.GetOperand(i));
            ready &= !_analysis.IsUninitialized(state);
            operands.Add(state);
        }
        if (op.NumRegions == 0 && op.NumResults > 0 && ready)
        {
            var results = new T[op.NumResults];
            Array.Fill(results, _analysis.Uninitialized);
            _analysis.VisitOperation(op, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(operands), results);
            for (int i = 0; i < results.Length; i++)
                if (!_analysis.IsUninitialized(results[i]))
                    Update(op.GetResult(i), results[i]);
        }
        if (op.NumSuccessors > 0)
            VisitBranch(op, block, operands, ready);
    }

    private void VisitBranch(Operation op, Block block, List<T> operands, bool ready)
    {
        Block? only = null;
        if (op.Name.Info?.GetInterface<SuccessorForOperandsHook>() is { } hook)
        {
            // Wait until every operand is reached: the branch might then resolve to one successor.
            if (!ready)
                return;
            var constants = new Attribute?[operands.Count];
            for (int i = 0; i < constants.Length; i++)
                constants[i] = _analysis.ConstantOf(operands[i]);
            only = hook(op, constants);
        }
        // Edges are block pairs, as MLIR's CFG edges: when a live successor appears in several successor slots,
        // the operands of every such slot flow into its arguments.
        for (int i = 0; i < op.NumSuccessors; i++)
        {
            var successor = op.GetSuccessor(i);
            if (only != null && !ReferenceEquals(only, successor))
                continue;
            _liveEdges.Add((block, successor));
            MarkExecutable(successor);
            var forwarded = BranchOps.GetSuccessorOperands(op, i);
            for (int a = 0; a < successor.NumArguments; a++)
            {
                var arg = successor.GetArgument(a);
                if (forwarded == null || forwarded.IsOperandProduced(a) || a >= forwarded.Count)
                {
                    Update(arg, _analysis.EntryState(arg));
                    continue;
                }
                var state = Lookup(forwarded[a]!);
                if (!_analysis.IsUninitialized(state))
                    Update(arg, state);
            }
        }
    }

    /// <summary>Joins <paramref name="state"/> into <paramref name="value"/>'s; on change, revisits its users.</summary>
    private void Update(Value value, T state)
    {
        var old = Lookup(value);
        var joined = _analysis.Join(old, state);
        if (_analysis.Same(joined, old))
            return;
        _states[value] = joined;
        for (var use = value.FirstUse; use != null; use = use.NextUse)
            _opWork.Enqueue(use.Owner);
    }
}
