using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Core.Rewrite;

/// <summary>
/// Hears about every change a <see cref="RewriterBase"/> makes (MLIR's <c>RewriterBase::Listener</c>); drivers use
/// it to keep their worklists current. Notifications about an op or block come while it is still in place: an
/// erased op is still linked, a replaced op still has its uses.
/// </summary>
public abstract class RewriterListener : OpBuilderListener
{
    /// <summary><paramref name="op"/> was changed in place (operands, attributes, successors, regions' contents).</summary>
    public virtual void NotifyOperationModified(Operation op) { }

    /// <summary>The uses of <paramref name="op"/>'s results are about to be replaced by <paramref name="replacement"/>
    /// (one value per result; null for an unused result).</summary>
    public virtual void NotifyOperationReplaced(Operation op, IReadOnlyList<Value?> replacement) { }

    /// <summary>The uses of <paramref name="op"/>'s results are about to be replaced by those of
    /// <paramref name="replacement"/>; by default forwards to the value-list overload.</summary>
    public virtual void NotifyOperationReplaced(Operation op, Operation replacement)
    {
        var values = new Value?[replacement.NumResults];
        for (int i = 0; i < values.Length; i++)
            values[i] = replacement.GetResult(i);
        NotifyOperationReplaced(op, values);
    }

    /// <summary><paramref name="op"/> is about to be erased; its nested ops were erased (and notified) before.</summary>
    public virtual void NotifyOperationErased(Operation op) { }

    /// <summary><paramref name="block"/> is about to be erased; its ops were erased (and notified) before.</summary>
    public virtual void NotifyBlockErased(Block block) { }

    /// <summary>A driver is about to try <paramref name="pattern"/> on <paramref name="op"/>.</summary>
    public virtual void NotifyPatternBegin(RewritePattern pattern, Operation op) { }

    /// <summary>A driver finished trying <paramref name="pattern"/>.</summary>
    public virtual void NotifyPatternEnd(RewritePattern pattern, bool succeeded) { }

    /// <summary>A pattern reported why it did not apply at <paramref name="location"/>.</summary>
    public virtual void NotifyMatchFailure(LocationAttr location, string reason) { }
}
