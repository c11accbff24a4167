using System.Collections.Generic;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Core.IR;

/// <summary>
/// An SSA value: an op result or a block argument. Keeps an intrusive doubly-linked list of its uses
/// (<see cref="OpOperand"/>), so iterating uses is O(uses) and adding/removing a use is O(1).
/// </summary>
public abstract class Value
{
    internal OpOperand? _firstUse;

    // Printer scratch state (see Syntax.SsaNameState): valid only when AsmEpoch matches the printer's epoch.
    internal int AsmEpoch;
    internal int AsmId;
    internal bool AsmIsArg;
    internal string? AsmName;

    protected Value(Type type) => Type = type;

    /// <summary>The value's type; settable for in-place type changes by rewrites.</summary>
    public Type Type { get; set; }

    /// <summary>The op that defines this value, or null for a block argument.</summary>
    public abstract Operation? DefiningOp { get; }

    /// <summary>The block where this value is defined.</summary>
    public abstract Block? ParentBlock { get; }

    /// <summary>Location of the definition (the op's, or the argument's).</summary>
    public abstract LocationAttr Location { get; }

    /// <summary>The first use, or null; follow <see cref="OpOperand.NextUse"/>.</summary>
    public OpOperand? FirstUse => _firstUse;

    public bool UseEmpty => _firstUse == null;

    public bool HasOneUse => _firstUse != null && _firstUse.NextUse == null;

    /// <summary>Enumerates the uses (most recently added first, as MLIR's use lists).</summary>
    public IEnumerable<OpOperand> Uses
    {
        get
        {
            for (var u = _firstUse; u != null;)
            {
                var next = u.NextUse;
                yield return u;
                u = next;
            }
        }
    }

    /// <summary>Makes every use of this value use <paramref name="replacement"/> instead. O(uses).</summary>
    public void ReplaceAllUsesWith(Value replacement)
    {
        if (ReferenceEquals(replacement, this))
            return;
        while (_firstUse != null)
            _firstUse.Set(replacement);
    }

    internal void AddUse(OpOperand use)
    {
        use.NextUse = _firstUse;
        use.PrevUse = null;
        if (_firstUse != null)
            _firstUse.PrevUse = use;
        _firstUse = use;
    }

    internal void RemoveUse(OpOperand use)
    {
        if (use.PrevUse != null)
            use.PrevUse.NextUse = use.NextUse;
        else
            _firstUse = use.NextUse;
        if (use.NextUse != null)
            use.NextUse.PrevUse = use.PrevUse;
        use.NextUse = use.PrevUse = null;
    }
}
