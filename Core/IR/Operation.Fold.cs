using System;
using System.Collections.Generic;

namespace Dialectic.Core.IR;

public partial class Operation
{
    /// <summary>
    /// Runs the op's folder (see <see cref="OpFoldHook"/>) with the constant values of its operands. Returns
    /// false when the op has no folder or nothing folded; true with <paramref name="results"/> empty means the op
    /// was updated in place.
    /// </summary>
    public bool Fold(List<OpFoldResult> results)
    {
        results.Clear();
        var hook = _name.Info?.Fold;
        bool commutative = HasTrait(OpTraits.Commutative) && _operands.Length >= 2;
        if (hook == null && !commutative)
            return false;
        // Up to four operands (nearly every op) without allocating.
        var inline = new FoldOperandBuffer();
        Span<Attribute?> constants = _operands.Length <= FoldOperandBuffer.Length
            ? ((Span<Attribute?>)inline).Slice(0, _operands.Length)
            : new Attribute?[_operands.Length];
        for (int i = 0; i < _operands.Length; i++)
            constants[i] = GetConstantValue(_operands[i].Value);
        bool folded = hook != null && hook(this, constants, results);
        // As MLIR's fold hooks: when the op's folder failed or folded in place, the traits' folds run.
        bool inPlace = folded && (results.Count == 0
            || (results.Count == 1 && _result0 != null && ReferenceEquals(results[0].Value, _result0)));
        if (!folded || inPlace)
        {
            if (commutative && FoldCommutative(constants))
            {
                results.Clear();
                return true;
            }
            if (FoldIdempotentOrInvolution() is { } value)
            {
                results.Clear();
                results.Add(value);
                return true;
            }
        }
        return folded;
    }

    /// <summary>
    /// MLIR's <c>foldIdempotent</c> and <c>foldInvolution</c> trait folds: op(x, x) -> x and op(op(x)) -> op(x)
    /// for <see cref="OpTraits.Idempotent"/>, op(op(x)) -> x for <see cref="OpTraits.Involution"/>; null otherwise.
    /// </summary>
    private Value? FoldIdempotentOrInvolution()
    {
        bool idempotent = HasTrait(OpTraits.Idempotent);
        if (!idempotent && !HasTrait(OpTraits.Involution))
            return null;
        if (_operands.Length == 2)
            return idempotent && ReferenceEquals(_operands[0].Value, _operands[1].Value) ? _operands[0].Value : null;
        if (_operands.Length != 1 || _operands[0].Value.DefiningOp is not { } inner || !ReferenceEquals(inner._name, _name)
            || inner._operands.Length != 1)
            return null;
        return idempotent ? _operands[0].Value : inner._operands[0].Value;
    }

    /// <summary>
    /// MLIR's <c>foldCommutative</c>: moves constant operands after the others, keeping each group's order (a
    /// stable partition from the first constant on); true when an operand moved.
    /// </summary>
    private bool FoldCommutative(ReadOnlySpan<Attribute?> constants)
    {
        int first = 0;
        while (first < constants.Length && constants[first] == null)
            first++;
        bool moved = false;
        for (int i = first + 1; i < constants.Length && !moved; i++)
            moved = constants[i] == null;
        if (!moved)
            return false;
        var values = new Value[_operands.Length - first];
        int next = 0;
        for (int i = first; i < constants.Length; i++)
            if (constants[i] == null)
                values[next++] = _operands[i].Value;
        for (int i = first; i < constants.Length; i++)
            if (constants[i] != null)
                values[next++] = _operands[i].Value;
        for (int i = 0; i < values.Length; i++)
            if (!ReferenceEquals(_operands[first + i].Value, values[i]))
                _operands[first + i].Value = values[i];
        return true;
    }

    /// <summary>Stack storage for the operand constants of a fold.</summary>
    [System.Runtime.CompilerServices.InlineArray(Length)]
    private struct FoldOperandBuffer
    {
        public const int Length = 4;
        private Attribute? _element;
    }

    [ThreadStatic] private static List<OpFoldResult>? t_constantFold;

    /// <summary>
    /// The constant a value is known to hold: the value attribute of a <see cref="OpTraits.ConstantLike"/>
    /// defining op; for a constant-like op without one (<c>llvm.mlir.zero</c>), what its folder gives, as MLIR's
    /// <c>m_Constant</c> folds the op; otherwise null.
    /// </summary>
    public static Attribute? GetConstantValue(Value value)
    {
        if (value.DefiningOp is not { } def || !def.HasTrait(OpTraits.ConstantLike))
            return null;
        string name = def._name.Info!.ConstantAttributeName;
        return def.GetInherentAttr(name) ?? def.GetAttr(name) ?? FoldedConstant(def);
    }

    private static Attribute? FoldedConstant(Operation op)
    {
        if (op.NumResults != 1 || op._name.Info?.Fold is null)
            return null;
        var results = t_constantFold ??= new List<OpFoldResult>(1);
        try
        {
            return op.Fold(results) && results.Count == 1 ? results[0].Attribute : null;
        }
        finally
        {
            results.Clear();
        }
    }
}
