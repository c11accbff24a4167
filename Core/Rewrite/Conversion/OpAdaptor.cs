using System;
using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Core.Rewrite.Conversion;

/// <summary>
/// The operands of an op being converted, as the conversion has remapped them (MLIR's generic adaptor): operand
/// <c>i</c> of the original op is <c>adaptor[i]</c>, already of the converted type when the pattern has a type
/// converter. Attributes and properties are the op's own.
/// </summary>
public readonly struct OpAdaptor
{
    private readonly Value[] _operands;

    public OpAdaptor(Value[] operands, Operation op)
    {
        ArgumentNullException.ThrowIfNull(operands);
        ArgumentNullException.ThrowIfNull(op);
        _operands = operands;
        Op = op;
    }

    /// <summary>The original op (its operands are the unconverted values).</summary>
    public Operation Op { get; }

    /// <summary>The converted operands, one per operand of <see cref="Op"/>.</summary>
    public ReadOnlySpan<Value> Operands => _operands;

    /// <summary>The converted operands as a list (for builders and <c>ReplaceOp</c>).</summary>
    public IReadOnlyList<Value> OperandList => _operands;

    public int Count => _operands.Length;

    /// <summary>Converted operand <paramref name="index"/>.</summary>
    public Value this[int index] => _operands[index];

    /// <summary>The converted operands from <paramref name="start"/>, <paramref name="count"/> of them (an
    /// operand segment).</summary>
    public ReadOnlySpan<Value> Slice(int start, int count) => _operands.AsSpan(start, count);

    /// <summary>The op's discardable attributes.</summary>
    public DictionaryAttr Attributes => Op.Attributes;

    /// <summary>The op's inherent attributes (properties).</summary>
    public Attribute? Properties => Op.Properties;
}
