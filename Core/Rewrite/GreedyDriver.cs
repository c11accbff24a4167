using System.Collections.Generic;
using Dialectic.Core.Interfaces;
using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite;

/// <summary>
/// The worklist machinery shared by the region and op-list drivers (MLIR's <c>GreedyPatternRewriteDriver</c>):
/// it listens to its own rewriter, so every op a rewrite inserts or modifies, and every producer whose result
/// loses a user, returns to the worklist. Processing an op: erase it when trivially dead, else fold it
/// (constants materialized right before it), else apply the best matching pattern.
/// </summary>
internal sealed class GreedyDriver : RewriterListener
{
    private readonly PatternRewriter _rewriter;
    private readonly PatternApplicator _matcher;
    private readonly GreedyRewriteConfig _config;
    private readonly Region? _scope;
    private readonly GreedyScratch _scratch = GreedyScratch.Rent();
    private readonly Worklist _worklist;
    // The ops that may be processed; only kept when Strictness is not AnyOp.
    private readonly HashSet<Operation>? _allowed;
    private readonly List<OpFoldResult> _foldResults;
    private readonly List<Operation> _ancestors;
    private readonly System.Func<RewritePattern, bool>? _canApply;
    private readonly System.Action<RewritePattern>? _onFailure;
    private readonly System.Func<RewritePattern, bool>? _onSuccess;
    private Operation? _current;
    // Ops found (in the epoch stored) to have effects in their subtree that forbid erasing them. A stale entry only
    // delays an erasure to the next sweep; every change the driver hears about starts a new epoch.
    private readonly Dictionary<Operation, int> _effectful;
    private readonly List<(Operation Op, Operation? Next)> _frames;
    private int _epoch;

    /// <summary>The op-list driver's given ops not erased so far (for <c>allErased</c>); erasures remove from it.</summary>
    public HashSet<Operation>? Surviving { get; set; }

    public GreedyDriver(Context context, FrozenRewritePatternSet patterns, GreedyRewriteConfig config, Region? scope)
    {
        _config = config;
        _scope = scope;
        _worklist = _scratch.Worklist;
        _foldResults = _scratch.FoldResults;
        _ancestors = _scratch.Ancestors;
        _effectful = _scratch.Effectful;
        _frames = _scratch.Frames;
        _matcher = new PatternApplicator(patterns);
        _rewriter = new PatternRewriter(context, this);
        if (config.Strictness != GreedyRewriteStrictness.AnyOp)
            _allowed = new HashSet<Operation>(ReferenceEqualityComparer.Instance);
        if (config.Listener is { } listener)
        {
            _canApply = pattern =>
            {
                listener.NotifyPatternBegin(pattern, _current!);
                return true;
            };
            _onFailure = pattern => listener.NotifyPatternEnd(pattern, false);
            _onSuccess = pattern =>
            {
                listener.NotifyPatternEnd(pattern, true);
                return true;
            };
        }
    }

    public PatternRewriter Rewriter => _rewriter;

    /// <summary>Scratch collections for seeding (empty when handed out).</summary>
    public GreedyScratch Scratch => _scratch;

    /// <summary>Hands the working collections back for the next driver on this thread; the driver is done.</summary>
    public void Release() => _scratch.Return();

    public Worklist Worklist => _worklist;

    /// <summary>Allows <paramref name="op"/> under a strict mode.</summary>
    public void Allow(Operation op) => _allowed?.Add(op);

    /// <summary>Queues <paramref name="op"/> and its ancestors up to the scope region, outermost last; nothing when
    /// the op is not inside the scope.</summary>
    public void AddToWorklist(Operation op) => AddToWorklist(op, seeding: false);

    /// <summary>
    /// <see cref="AddToWorklist(Operation)"/>; while <paramref name="seeding"/> (nothing popped yet), the walk up stops
    /// at the first queued ancestor: it was queued with all of its own ancestors, so the result is the same, and
    /// seeding a deeply nested region stays linear instead of quadratic in the depth.
    /// </summary>
    public void AddToWorklist(Operation op, bool seeding)
    {
        _ancestors.Clear();
        for (var current = op; ;)
        {
            if (seeding && _worklist.Contains(current))
            {
                foreach (var a in _ancestors)
                    AddSingleOpToWorklist(a);
                return;
            }
            _ancestors.Add(current);
            var region = current.ParentRegion;
            if (ReferenceEquals(region, _scope))
            {
                foreach (var a in _ancestors)
                    AddSingleOpToWorklist(a);
                return;
            }
            if (region?.ParentOp is not { } parent)
                return;
            current = parent;
        }
    }

    /// <summary>Queues <paramref name="op"/> alone, if the strictness allows it.</summary>
    public void AddSingleOpToWorklist(Operation op)
    {
        if (_allowed == null || _allowed.Contains(op))
            _worklist.Push(op);
    }

    /// <summary>Processes ops until the worklist is empty or the rewrite limit is reached; true when the IR changed.</summary>
    public bool ProcessWorklist()
    {
        bool changed = false;
        long numRewrites = 0;
        int maxRewrites = _config.MaxNumRewrites;
        _epoch++;
        while (!_worklist.IsEmpty && (maxRewrites == GreedyRewriteConfig.NoLimit || numRewrites < maxRewrites))
        {
            if (_worklist.Pop() is not { } op)
                break;
            if (IsOpTriviallyDead(op))
            {
                _rewriter.EraseOp(op);
                changed = true;
                continue;
            }
            if (_config.EnableFolding && !op.HasTrait(OpTraits.ConstantLike) && TryFold(op))
            {
                changed = true;
                continue;
            }
            _current = op;
            if (_matcher.MatchAndRewrite(op, _rewriter, _canApply, _onFailure, _onSuccess))
            {
                changed = true;
                numRewrites++;
            }
            _current = null;
        }
        return changed;
    }

    /// <summary>
    /// <see cref="SideEffects.IsOpTriviallyDead"/>, remembering which ops have effects in their subtree: popping each
    /// op of a deep nest would otherwise walk its whole subtree again (quadratic in the depth).
    /// </summary>
    private bool IsOpTriviallyDead(Operation op)
    {
        if (!op.UseEmpty || !SideEffects.MayBeErasedWhenUnused(op))
            return false;
        if (IsKnownEffectful(op))
            return false;
        if (!SideEffects.OwnEffectsAllowErasure(op))
        {
            _effectful[op] = _epoch;
            return false;
        }
        if (!op.HasTrait(OpTraits.RecursiveMemoryEffects) || NestedOps.First(op) is not { } first)
            return true;
        // Depth-first over the nested ops of recursive-effect ops; at the first op with effects, it and every op on
        // the path to it are effectful.
        _frames.Clear();
        _frames.Add((op, first));
        while (_frames.Count > 0)
        {
            var (parent, next) = _frames[^1];
            if (next == null)
            {
                _frames.RemoveAt(_frames.Count - 1);
                continue;
            }
            _frames[^1] = (parent, NestedOps.Next(parent, next));
            if (IsKnownEffectful(next) || !SideEffects.OwnEffectsAllowErasure(next))
            {
                _effectful[next] = _epoch;
                foreach (var frame in _frames)
                    _effectful[frame.Op] = _epoch;
                return false;
            }
            if (next.HasTrait(OpTraits.RecursiveMemoryEffects) && NestedOps.First(next) is { } nested)
                _frames.Add((next, nested));
        }
        return true;
    }

    private bool IsKnownEffectful(Operation op) => _effectful.TryGetValue(op, out int epoch) && epoch == _epoch;

    /// <summary>Folds <paramref name="op"/>: in place (re-queued), or replaced by existing values and constants
    /// materialized right before it. False when it did not fold or a constant could not be materialized.</summary>
    private bool TryFold(Operation op)
    {
        if (!op.Fold(_foldResults))
            return false;
        bool inPlace = _foldResults.Count == 0;
        if (!inPlace)
        {
            // A folder returning the op's own results changed it in place.
            inPlace = _foldResults.Count == op.NumResults;
            for (int i = 0; inPlace && i < _foldResults.Count; i++)
                inPlace = ReferenceEquals(_foldResults[i].Value, op.GetResult(i));
        }
        if (inPlace)
        {
            NotifyOperationModified(op);
            return true;
        }
        if (_foldResults.Count != op.NumResults)
            return false;
        var replacements = new Value?[op.NumResults];
        List<Operation>? created = null;
        _rewriter.SetInsertionPoint(op);
        for (int i = 0; i < replacements.Length; i++)
        {
            var result = _foldResults[i];
            if (result.Value is { } value)
            {
                replacements[i] = value;
                continue;
            }
            var constant = op.Dialect?.MaterializeConstant(_rewriter, result.Attribute!, op.GetResult(i).Type, op.Location);
            if (constant is not { NumResults: 1 })
            {
                // Undo the constants made for earlier results; the op stays as it was.
                if (constant != null)
                    (created ??= new List<Operation>()).Add(constant);
                if (created != null)
                    for (int k = created.Count - 1; k >= 0; k--)
                        _rewriter.EraseOp(created[k]);
                return false;
            }
            (created ??= new List<Operation>()).Add(constant);
            replacements[i] = constant.GetResult(0);
        }
        _rewriter.ReplaceOp(op, replacements);
        return true;
    }

    /// <summary>Re-queues the producers of <paramref name="op"/>'s operands that are left with at most one other
    /// user (a value losing its last uses may be dead; one with a single use may simplify).</summary>
    private void AddOperandsToWorklist(Operation op)
    {
        foreach (var operand in op.OpOperands)
        {
            var value = operand.Value;
            if (value.DefiningOp is not { } def)
                continue;
            Operation? otherUser = null;
            bool moreThanTwo = false;
            for (var use = value.FirstUse; use != null; use = use.NextUse)
            {
                var user = use.Owner;
                if (ReferenceEquals(user, op) || ReferenceEquals(user, otherUser))
                    continue;
                if (otherUser == null)
                {
                    otherUser = user;
                    continue;
                }
                moreThanTwo = true;
                break;
            }
            if (!moreThanTwo)
                AddToWorklist(def);
        }
    }

    // ---- listener ----

    public override void NotifyOperationInserted(Operation op, Block? previousBlock, Operation? previousNext)
    {
        _epoch++;
        _config.Listener?.NotifyOperationInserted(op, previousBlock, previousNext);
        if (_config.Strictness == GreedyRewriteStrictness.ExistingAndNewOps)
            _allowed!.Add(op);
        AddToWorklist(op);
    }

    public override void NotifyBlockInserted(Block block, Region? previousRegion, Block? previousNext) =>
        _config.Listener?.NotifyBlockInserted(block, previousRegion, previousNext);

    public override void NotifyOperationModified(Operation op)
    {
        _epoch++;
        _config.Listener?.NotifyOperationModified(op);
        AddToWorklist(op);
    }

    public override void NotifyOperationReplaced(Operation op, IReadOnlyList<Value?> replacement) =>
        _config.Listener?.NotifyOperationReplaced(op, replacement);

    public override void NotifyOperationReplaced(Operation op, Operation replacement) =>
        _config.Listener?.NotifyOperationReplaced(op, replacement);

    public override void NotifyOperationErased(Operation op)
    {
        _epoch++;
        _config.Listener?.NotifyOperationErased(op);
        AddOperandsToWorklist(op);
        _worklist.Remove(op);
        _allowed?.Remove(op);
        Surviving?.Remove(op);
    }

    public override void NotifyBlockErased(Block block) => _config.Listener?.NotifyBlockErased(block);

    public override void NotifyMatchFailure(Dialectic.Core.IR.Attributes.LocationAttr location, string reason) =>
        _config.Listener?.NotifyMatchFailure(location, reason);
}
