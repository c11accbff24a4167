using System;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Core.Interfaces;

/// <summary>
/// The values a terminator passes to the arguments of one successor (MLIR's <c>SuccessorOperands</c>): the first
/// <see cref="ProducedOperandCount"/> block arguments are produced by the terminator itself, the rest are its
/// operands <c>[Start, Start + Length)</c>. Erasing or appending keeps the op's segment-size properties in step.
/// </summary>
/// <remarks>Edits rebuild the owner's operand list (O(operands)), so <see cref="OpOperand"/>s read before an
/// edit are stale after it; another <see cref="SuccessorOperands"/> of the same op must be fetched again.</remarks>
public sealed class SuccessorOperands
{
    private readonly OperandSegment[] _segments;

    /// <summary>Operands <c>[start, start + length)</c> of <paramref name="owner"/>, counted by
    /// <paramref name="segments"/>.</summary>
    public SuccessorOperands(Operation owner, int start, int length, params OperandSegment[] segments)
        : this(owner, start, length, 0, segments) { }

    /// <summary>As above, after <paramref name="producedOperandCount"/> arguments the terminator produces.</summary>
    public SuccessorOperands(Operation owner, int start, int length, int producedOperandCount, params OperandSegment[] segments)
    {
        Owner = owner;
        Start = start;
        Length = length;
        ProducedOperandCount = producedOperandCount;
        _segments = segments;
    }

    public Operation Owner { get; }

    /// <summary>The index of the first forwarded operand in the owner's operand list.</summary>
    public int Start { get; }

    /// <summary>How many operands are forwarded.</summary>
    public int Length { get; private set; }

    /// <summary>How many leading successor arguments the terminator produces (no operand of its own).</summary>
    public int ProducedOperandCount { get; }

    /// <summary>Successor arguments covered: produced ones plus forwarded ones (MLIR's <c>size</c>).</summary>
    public int Count => ProducedOperandCount + Length;

    /// <summary>The forwarded operands.</summary>
    public ReadOnlySpan<OpOperand> ForwardedOperands => Owner.OpOperands.Slice(Start, Length);

    /// <summary>True when successor argument <paramref name="index"/> is produced by the terminator.</summary>
    public bool IsOperandProduced(int index) => index < ProducedOperandCount;

    /// <summary>The value passed to successor argument <paramref name="index"/>; null when the terminator produces it.</summary>
    public Value? this[int index] => index < ProducedOperandCount ? null : Owner.GetOperand(Start + index - ProducedOperandCount);

    /// <summary>The owner's operand index passing successor argument <paramref name="index"/>, or -1 when produced.</summary>
    public int OperandIndex(int index) => index < ProducedOperandCount ? -1 : Start + index - ProducedOperandCount;

    /// <summary>Removes the operands passing successor arguments <c>[index, index + count)</c>, which must be forwarded
    /// ones. O(operands).</summary>
    public void Erase(int index, int count = 1)
    {
        if (index < ProducedOperandCount || count < 0 || index + count > Count)
            throw new ArgumentOutOfRangeException(nameof(index), "only forwarded successor operands can be erased");
        if (count == 0)
            return;
        var old = Owner.OpOperands;
        int at = Start + index - ProducedOperandCount;
        var values = new Value[old.Length - count];
        for (int i = 0, j = 0; i < old.Length; i++)
            if (i < at || i >= at + count)
                values[j++] = old[i].Value;
        Owner.SetOperands(values);
        Length -= count;
        AdjustSegments(-count);
    }

    /// <summary>Forwards <paramref name="values"/> after the current operands. O(operands).</summary>
    public void Append(ReadOnlySpan<Value> values)
    {
        if (values.Length == 0)
            return;
        var old = Owner.OpOperands;
        int at = Start + Length;
        var updated = new Value[old.Length + values.Length];
        for (int i = 0; i < at; i++)
            updated[i] = old[i].Value;
        values.CopyTo(updated.AsSpan(at));
        for (int i = at; i < old.Length; i++)
            updated[i + values.Length] = old[i].Value;
        Owner.SetOperands(updated);
        Length += values.Length;
        AdjustSegments(values.Length);
    }

    private void AdjustSegments(int delta)
    {
        if (_segments.Length == 0 || Owner.Properties is not DictionaryAttr props)
            return;
        foreach (var segment in _segments)
        {
            if (props.Get(segment.Property) is not DenseArrayAttr sizes || segment.Index >= sizes.Count)
                continue;
            var raw = sizes.Raw.ToArray();
            raw[segment.Index] += delta;
            props = props.With(segment.Property, DenseArrayAttr.Get(sizes.ElementType, raw));
        }
        Owner.Properties = props;
    }
}
