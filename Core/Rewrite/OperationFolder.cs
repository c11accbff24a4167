using System.Collections.Generic;
using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite;

/// <summary>
/// Folds ops and keeps the constants they produce unique (MLIR's <c>OperationFolder</c>). Constants live at the
/// start of the entry block of the nearest region whose parent is isolated from above (the "insertion region"),
/// one per (dialect, value, type); a folded op's results are replaced by such constants or by existing values.
/// </summary>
/// <remarks>Invariant: every op in <see cref="_constants"/> is alive, constant-like, and at the front part of
/// its insertion region's entry block.</remarks>
public sealed class OperationFolder
{
    private Context _context;
    private readonly Dictionary<(Region Region, Dialect? Dialect, Attribute Value, Type Type), Operation> _constants = new();
    // The constants held, each with its key in _constants.
    private readonly Dictionary<Operation, (Region Region, Dialect? Dialect, Attribute Value, Type Type)> _owned = new(ReferenceEqualityComparer.Instance);
    private readonly List<OpFoldResult> _results = new();
    // Set when a listener must hear about replacements and erasures (the greedy driver's).
    private IRRewriter? _rewriter;

    public OperationFolder(Context context) => _context = context;

    /// <summary>A folder whose replacements and erasures are reported to <paramref name="listener"/>.</summary>
    public OperationFolder(Context context, RewriterListener? listener)
    {
        _context = context;
        if (listener != null)
            _rewriter = new IRRewriter(context, listener);
    }

    /// <summary>Starts over for another run (the greedy driver keeps one folder per thread): no constants held,
    /// collections keep their capacity.</summary>
    internal void Reset(Context context, RewriterListener? listener)
    {
        Clear();
        _context = context;
        _rewriter = listener != null ? new IRRewriter(context, listener) : null;
    }

    /// <summary>Forgets the constants and the listener, so a folder kept for later holds nothing of the IR.</summary>
    internal void Release()
    {
        Clear();
        _rewriter = null;
    }

    /// <summary>The constants the folder holds (inserted or adopted), in no particular order.</summary>
    public IEnumerable<Operation> Constants => _owned.Keys;

    /// <summary>True when <paramref name="op"/> is a constant the folder holds.</summary>
    public bool IsFolderOwnedConstant(Operation op) => _owned.ContainsKey(op);

    /// <summary>
    /// Folds <paramref name="op"/>: a constant is uniqued (erased when an equal one exists, otherwise moved to the
    /// insertion block's front); any other op runs its folder, and when that produced values, its results are
    /// replaced and it is erased. Returns whether the IR changed; <paramref name="inPlace"/> when the op was updated
    /// in place rather than replaced.
    /// </summary>
    public bool TryToFold(Operation op, out bool inPlace)
    {
        inPlace = false;
        if (op.HasTrait(OpTraits.ConstantLike) && op.NumResults == 1 && Operation.GetConstantValue(op.GetResult(0)) is { } value)
            return UniqueConstant(op, value);
        if (!op.Fold(_results))
            return false;
        if (_results.Count == 0)
        {
            inPlace = true;
            return true;
        }
        // A folder that returns the op's own results changed it in place.
        bool self = true;
        for (int i = 0; i < _results.Count; i++)
            self &= ReferenceEquals(_results[i].Value, op.GetResult(i));
        if (self)
        {
            inPlace = true;
            return true;
        }
        var replacements = new Value[op.NumResults];
        var region = InsertionRegion(op.Block!);
        for (int i = 0; i < replacements.Length; i++)
        {
            var r = _results[i];
            if (r.Value is { } v)
            {
                replacements[i] = v;
                continue;
            }
            var constant = GetOrCreateConstant(region, op.Dialect, r.Attribute!, op.GetResult(i).Type);
            if (constant == null)
                return false; // The dialect cannot materialize it: leave the op alone (nothing was changed yet).
            replacements[i] = constant;
        }
        ReplaceAndErase(op, replacements);
        return true;
    }

    private void ReplaceAndErase(Operation op, Value[] replacements)
    {
        if (_rewriter != null)
        {
            _rewriter.ReplaceOp(op, replacements);
            return;
        }
        op.ReplaceAllUsesWith(replacements);
        op.Erase();
    }

    /// <summary>A constant of <paramref name="value"/> in the insertion region, created through the dialect when missing.</summary>
    public Value? GetOrCreateConstant(Region region, Dialect? dialect, Attribute value, Type type)
    {
        if (_constants.TryGetValue((region, dialect, value, type), out var existing))
            return existing.GetResult(0);
        if (dialect == null)
            return null;
        var entry = region.FirstBlock!;
        var builder = new OpBuilder(_context);
        if (entry.FirstOp is { } first)
            builder.SetInsertionPoint(first);
        else
            builder.SetInsertionPointToEnd(entry);
        var op = dialect.MaterializeConstant(builder, value, type, _context.UnknownLoc);
        if (op == null || op.NumResults != 1)
            return null;
        // The dialect may have built a constant of another value (e.g. normalized): key it by what it holds.
        var held = Operation.GetConstantValue(op.GetResult(0)) ?? value;
        if (_constants.TryGetValue((region, op.Dialect, held, type), out existing))
        {
            if (_rewriter != null)
                _rewriter.EraseOp(op);
            else
                op.Erase();
            return existing.GetResult(0);
        }
        _constants[(region, op.Dialect, held, type)] = op;
        _owned[op] = (region, op.Dialect, held, type);
        return op.GetResult(0);
    }

    /// <summary><see cref="TryToFold"/> of a constant: erased when an equal one is held, else adopted and moved to
    /// the insertion block's front unless already there. Returns whether the IR changed.</summary>
    private bool UniqueConstant(Operation op, Attribute value)
    {
        var block = op.Block!;
        var region = InsertionRegion(block);
        var key = (region, op.Dialect, value, op.GetResult(0).Type);
        if (_constants.TryGetValue(key, out var existing))
        {
            if (ReferenceEquals(existing, op))
                return false;
            ReplaceAndErase(op, [existing.GetResult(0)]);
            return true;
        }
        var entry = region.FirstBlock!;
        bool moved = false;
        // Already in place when it leads the entry block or follows a constant the folder holds.
        if (block != entry || (entry.FirstOp != op && !(op.PrevOp is { } prev && _owned.ContainsKey(prev))))
        {
            op.MoveBefore(entry.FirstOp!);
            moved = true;
        }
        _constants[key] = op;
        _owned[op] = key;
        return moved;
    }

    /// <summary>
    /// MLIR's <c>insertKnownConstant</c>, used when seeding the greedy driver: adopts constant-like
    /// <paramref name="op"/> (of <paramref name="value"/>, looked up when null) as the unique constant of its
    /// insertion region, moving it to the front of the region's entry block (its location becomes unknown when it
    /// changes block), or replaces it by the equal constant already held (whose location becomes unknown) and
    /// returns false. A held constant that no longer leads the block, or follows another held one, moves back to
    /// the front.
    /// </summary>
    public bool InsertKnownConstant(Operation op, Attribute? value = null)
    {
        var block = op.Block;
        if (block == null || op.NumResults != 1)
            return true;
        if (_owned.ContainsKey(op))
        {
            if (block.FirstOp != op && !(op.PrevOp is { } held && _owned.ContainsKey(held)))
            {
                op.MoveBefore(block.FirstOp!);
                op.Location = _context.UnknownLoc;
            }
            return true;
        }
        value ??= Operation.GetConstantValue(op.GetResult(0));
        if (value == null)
            return true;
        var region = InsertionRegion(block);
        var key = (region, op.Dialect, value, op.GetResult(0).Type);
        if (_constants.TryGetValue(key, out var existing))
        {
            ReplaceAndErase(op, [existing.GetResult(0)]);
            existing.Location = _context.UnknownLoc;
            return false;
        }
        var entry = region.FirstBlock!;
        if (block != entry)
        {
            MoveToFront(op, entry);
            op.Location = _context.UnknownLoc;
        }
        else if (entry.FirstOp != op && !(op.PrevOp is { } prev && _owned.ContainsKey(prev)))
            MoveToFront(op, entry);
        _constants[key] = op;
        _owned[op] = key;
        return true;
    }

    private static void MoveToFront(Operation op, Block block)
    {
        if (block.FirstOp is { } first)
            op.MoveBefore(first);
        else
        {
            op.Remove();
            block.Append(op);
        }
    }

    /// <summary>The region constants go to: the nearest enclosing region whose parent is isolated from above or
    /// unregistered (it might be isolated), or has no parent or is top-level.</summary>
    private static Region InsertionRegion(Block block)
    {
        var region = block.Parent!;
        while (region.ParentOp is { IsRegistered: true } parent && !parent.HasTrait(OpTraits.IsIsolatedFromAbove) && parent.Block?.Parent is { } outer)
            region = outer;
        return region;
    }

    /// <summary>Forgets <paramref name="op"/> (call before erasing a constant the folder holds). O(1).</summary>
    public void NotifyRemoval(Operation op)
    {
        if (!_owned.Remove(op, out var key))
            return;
        if (_constants.TryGetValue(key, out var held) && ReferenceEquals(held, op))
            _constants.Remove(key);
    }

    /// <summary>Forgets every constant.</summary>
    public void Clear()
    {
        _constants.Clear();
        _owned.Clear();
    }
}
