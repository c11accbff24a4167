using System.Collections.Generic;
using Dialectic.Core.Diagnostics;
using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite.Conversion;

/// <summary>
/// One run of a dialect conversion (see <see cref="DialectConversion"/>): collects the ops to legalize, legalizes
/// each with the patterns, recursively legalizes what the successful pattern produced, reports the first failure
/// and finally reconciles the materializations.
/// </summary>
internal sealed class ConversionDriver
{
    private readonly record struct Attempt(RewritePattern Pattern, List<string> Reasons, bool Skipped);

    private readonly ConversionTarget _target;
    private readonly ConversionConfig _config;
    private readonly bool _full;
    private readonly ConversionPatternRewriter _rewriter;
    private readonly PatternApplicator _applicator;
    // The patterns whose results are being legalized, outermost first.
    private readonly List<RewritePattern> _active = new();

    // State of the pattern attempt in progress (reset by each attempt; copied to locals before nesting).
    private List<Attempt>? _attempts;
    private List<string>? _reasons;
    private int _createdStart, _modifiedStart, _changesAtStart, _depth;
    private Operation? _currentOp;
    private bool _brokenPattern;
    private RewritePattern? _applied;
    private readonly List<OpFoldResult> _foldResults = new();
    // Ops already reported as unconverted (an op modified in place may be tried twice).
    private readonly HashSet<Operation> _unconverted = new(ReferenceEqualityComparer.Instance);

    // The applicator's hooks, allocated once.
    private readonly System.Func<RewritePattern, bool> _beginAttempt;
    private readonly System.Action<RewritePattern> _endFailedAttempt;
    private readonly System.Func<RewritePattern, bool> _endSuccessfulAttempt;

    public ConversionDriver(Context context, ConversionTarget target, FrozenRewritePatternSet patterns, ConversionConfig config, bool full)
    {
        _target = target;
        _config = config;
        _full = full;
        _rewriter = new ConversionPatternRewriter(context);
        _applicator = new PatternApplicator(patterns);
        _beginAttempt = BeginAttempt;
        _endFailedAttempt = EndFailedAttempt;
        _endSuccessfulAttempt = pattern =>
        {
            _rewriter.Tracker.Reasons = null;
            _applied = pattern;
            return true;
        };
    }

    public bool Run(IReadOnlyList<Operation> roots)
    {
        var ops = Collect(roots);
        var tracker = _rewriter.Tracker;
        bool ok = true;
        foreach (var op in ops)
        {
            if (tracker.Erased.Contains(op) || _rewriter.IsMaterialization(op))
                continue;
            if (!Legalize(op, 0))
            {
                ok = false;
                break;
            }
        }
        var left = _rewriter.FinalizeMaterializations();
        if (_config.UnresolvedMaterializations is { } sink)
            foreach (var cast in left)
                sink.Add(cast);
        if (ok && _config.RequireResolvedMaterializations && left.Count > 0)
        {
            ReportUnresolved(left[0]);
            ok = false;
        }
        return ok;
    }

    /// <summary>The ops under <paramref name="roots"/> in pre-order, not descending into recursively legal ops.
    /// Iterative: O(ops) time and stack.</summary>
    private List<Operation> Collect(IReadOnlyList<Operation> roots)
    {
        var list = new List<Operation>();
        var stack = new Stack<Operation>();
        for (int i = roots.Count - 1; i >= 0; i--)
            stack.Push(roots[i]);
        while (stack.Count > 0)
        {
            var op = stack.Pop();
            list.Add(op);
            if (op.NumRegions == 0 || (_target.IsRecursivelyLegal(op) && _target.IsLegal(op)))
                continue;
            var regions = op.Regions;
            for (int r = regions.Count - 1; r >= 0; r--)
                for (var block = regions[r].LastBlock; block != null; block = block.PrevBlock)
                    for (var nested = block.LastOp; nested != null; nested = nested.PrevOp)
                        stack.Push(nested);
        }
        return list;
    }

    /// <summary>
    /// Makes <paramref name="op"/> legal; true when it is, or may stay as it is (partial conversion, no legality
    /// rule). False after reporting the failure. Recursion depth is bounded by the number of patterns (each is
    /// active once unless it declares bounded recursion, then up to the configured depth), not by the IR.
    /// </summary>
    private bool Legalize(Operation op, int depth)
    {
        var legality = _target.GetLegality(op);
        if (legality == OpLegality.Legal)
            return true;

        if (_config.FoldBeforePatterns && TryFold(op, depth, out bool folded))
            return folded;

        var tracker = _rewriter.Tracker;
        _attempts = null;
        _depth = depth;
        _currentOp = op;
        _applied = null;
        bool success = _applicator.MatchAndRewrite(op, _rewriter, _beginAttempt, _endFailedAttempt, _endSuccessfulAttempt);
        var applied = _applied;
        if (_brokenPattern)
            return false;
        if (!success)
        {
            if (_full || legality != OpLegality.Unknown)
            {
                ReportFailure(op, legality, _attempts);
                return false;
            }
            if (_config.UnconvertedOps is { } unconverted && _unconverted.Add(op))
                unconverted.Add(op);
            return true;
        }

        // Legalize what the pattern produced: new ops, then ops it modified in place that are not legal.
        int createdEnd = tracker.Created.Count, modifiedEnd = tracker.Modified.Count;
        int createdStart = _createdStart, modifiedStart = _modifiedStart;
        _active.Add(applied!);
        try
        {
            for (int i = createdStart; i < createdEnd; i++)
            {
                var created = tracker.Created[i];
                if (tracker.Erased.Contains(created) || _rewriter.IsMaterialization(created))
                    continue;
                if (!Legalize(created, depth + 1))
                    return false;
            }
            for (int i = modifiedStart; i < modifiedEnd; i++)
            {
                var modified = tracker.Modified[i];
                if (tracker.Erased.Contains(modified) || SeenBefore(tracker.Modified, modifiedStart, i, modified))
                    continue;
                if (_target.GetLegality(modified) != OpLegality.Legal && !Legalize(modified, depth + 1))
                    return false;
            }
        }
        finally
        {
            _active.RemoveAt(_active.Count - 1);
        }
        return true;
    }

    /// <summary>
    /// Folds <paramref name="op"/> (not a constant: that would rebuild itself): true when it was replaced by its
    /// folded values, with <paramref name="legalized"/> telling whether the constants materialized for it could be
    /// legalized. False when it did not fold, folded in place (the patterns then run on the updated op), or a
    /// constant could not be materialized (the ones made are erased).
    /// </summary>
    private bool TryFold(Operation op, int depth, out bool legalized)
    {
        legalized = false;
        if (op.HasTrait(OpTraits.ConstantLike) || !op.Fold(_foldResults))
            return false;
        var tracker = _rewriter.Tracker;
        if (_foldResults.Count == 0 || (_foldResults.Count == 1 && op.NumResults == 1 && ReferenceEquals(_foldResults[0].Value, op.GetResult(0))))
        {
            tracker.CountChange();
            return false;
        }
        _rewriter.SetInsertionPoint(op);
        int createdStart = tracker.Created.Count;
        var values = new Value?[_foldResults.Count];
        for (int i = 0; i < values.Length; i++)
        {
            var folded = _foldResults[i];
            if (folded.Value is { } value)
            {
                values[i] = value;
                continue;
            }
            var constant = op.Dialect?.MaterializeConstant(_rewriter, folded.Attribute!, op.GetResult(i).Type, op.Location);
            if (constant == null)
            {
                for (int j = tracker.Created.Count - 1; j >= createdStart; j--)
                    if (!tracker.Erased.Contains(tracker.Created[j]))
                        _rewriter.EraseOp(tracker.Created[j]);
                return false;
            }
            values[i] = constant.GetResult(0);
        }
        int createdEnd = tracker.Created.Count;
        _rewriter.ReplaceOp(op, values);
        for (int i = createdStart; i < createdEnd; i++)
        {
            var created = tracker.Created[i];
            if (!tracker.Erased.Contains(created) && !Legalize(created, depth + 1))
                return true;
        }
        legalized = true;
        return true;
    }

    /// <summary>Vetoes patterns already active up the stack (unless bounded); otherwise starts recording.</summary>
    private bool BeginAttempt(RewritePattern pattern)
    {
        if (_active.Contains(pattern) && !(pattern.HasBoundedRewriteRecursion && _depth < _config.MaxRecursionDepth))
        {
            (_attempts ??= new()).Add(new Attempt(pattern, [], Skipped: true));
            return false;
        }
        var tracker = _rewriter.Tracker;
        _createdStart = tracker.Created.Count;
        _modifiedStart = tracker.Modified.Count;
        _changesAtStart = tracker.Changes;
        _reasons = new List<string>();
        tracker.Reasons = _reasons;
        _rewriter.CurrentTypeConverter = (pattern as ConversionPattern)?.TypeConverter;
        return true;
    }

    private void EndFailedAttempt(RewritePattern pattern)
    {
        var tracker = _rewriter.Tracker;
        tracker.Reasons = null;
        (_attempts ??= new()).Add(new Attempt(pattern, _reasons ?? [], Skipped: false));
        if (tracker.Changes != _changesAtStart && !_brokenPattern)
        {
            _brokenPattern = true;
            var location = _currentOp!.Location;
            var diag = new Diagnostic(location, DiagnosticSeverity.Error,
                $"pattern '{pattern.DebugName}' returned failure after changing the IR");
            diag.AttachNote("dialect conversion applies changes immediately and does not roll back: "
                + "a pattern must check before it rewrites", location);
            _rewriter.Context.Diagnostics.Emit(diag);
        }
    }

    private static bool SeenBefore(List<Operation> ops, int start, int index, Operation op)
    {
        for (int j = start; j < index; j++)
            if (ReferenceEquals(ops[j], op))
                return true;
        return false;
    }

    /// <summary>Reports a materialization left live (MLIR's wording), with its first user.</summary>
    private static void ReportUnresolved(Operation cast)
    {
        var diag = new Diagnostic(cast.Location, DiagnosticSeverity.Error,
            $"failed to legalize unresolved materialization from ({TypeList(cast, operands: true)}) to ({TypeList(cast, operands: false)}) "
            + "that remained live after conversion");
        foreach (var result in cast.Results)
            if (result.FirstUse is { } use)
            {
                diag.AttachNote("see existing live user here: " + use.Owner, use.Owner.Location);
                break;
            }
        cast.Context.Diagnostics.Emit(diag);
    }

    private static string TypeList(Operation op, bool operands)
    {
        var text = new System.Text.StringBuilder();
        int count = operands ? op.NumOperands : op.NumResults;
        for (int i = 0; i < count; i++)
        {
            if (i > 0)
                text.Append(", ");
            text.Append('\'').Append(operands ? op.GetOperand(i).Type : op.GetResult(i).Type).Append('\'');
        }
        return text.ToString();
    }

    /// <summary>Reports that <paramref name="op"/> could not be legalized, with a note per reason.</summary>
    private void ReportFailure(Operation op, OpLegality legality, List<Attempt>? attempts)
    {
        string message = _full
            ? $"failed to legalize operation '{op.Name.Name}'"
            : $"failed to legalize operation '{op.Name.Name}' that was explicitly marked illegal";
        var location = op.Location;
        var diag = new Diagnostic(location, DiagnosticSeverity.Error, message);
        if (legality == OpLegality.DynamicallyIllegal)
            diag.AttachNote("marked illegal by dynamic legality callback", location);
        if (attempts == null || attempts.Count == 0)
            diag.AttachNote("no pattern matched", location);
        else
            foreach (var attempt in attempts)
            {
                string name = attempt.Pattern.DebugName;
                if (attempt.Skipped)
                    diag.AttachNote($"pattern '{name}' was not applied again to an op it produced (it does not declare bounded recursion)", location);
                else if (attempt.Reasons.Count == 0)
                    diag.AttachNote($"pattern '{name}' did not match", location);
                else
                    diag.AttachNote($"pattern '{name}' failed: {string.Join("; ", attempt.Reasons)}", location);
            }
        op.Context.Diagnostics.Emit(diag);
    }
}
