using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Core.Rewrite.Conversion;

/// <summary>
/// The listener of a <see cref="ConversionPatternRewriter"/>: records the ops patterns create (to legalize them
/// in turn), modify and erase, counts every change (a failing pattern must make none) and collects the match
/// failure reasons of the pattern being tried. Lists are append-only during a conversion; the driver remembers
/// where each pattern attempt started.
/// </summary>
internal sealed class ConversionTracker : RewriterListener
{
    public List<Operation> Created { get; } = new();

    public List<Operation> Modified { get; } = new();

    public HashSet<Operation> Erased { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>How many changes were heard in all.</summary>
    public int Changes { get; private set; }

    /// <summary>Where the reasons of the pattern being tried go; null: nobody keeps them.</summary>
    public List<string>? Reasons { get; set; }

    public override void NotifyOperationInserted(Operation op, Block? previousBlock, Operation? previousNext)
    {
        Changes++;
        if (previousBlock == null)
            Created.Add(op);
    }

    /// <summary>Counts a change made without a notification (a replacement through materializations).</summary>
    public void CountChange() => Changes++;

    public override void NotifyBlockInserted(Block block, Region? previousRegion, Block? previousNext) => Changes++;

    public override void NotifyOperationModified(Operation op)
    {
        Changes++;
        Modified.Add(op);
    }

    public override void NotifyOperationReplaced(Operation op, IReadOnlyList<Value?> replacement) => Changes++;

    public override void NotifyOperationReplaced(Operation op, Operation replacement) => Changes++;

    public override void NotifyOperationErased(Operation op)
    {
        Changes++;
        Erased.Add(op);
    }

    public override void NotifyBlockErased(Block block) => Changes++;

    public override void NotifyMatchFailure(LocationAttr location, string reason) => Reasons?.Add(reason);
}
