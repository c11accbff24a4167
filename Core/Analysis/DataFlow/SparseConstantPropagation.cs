using System;
using System.Collections.Generic;
using Dialectic.Core.IR;

namespace Dialectic.Core.Analysis.DataFlow;

/// <summary>
/// MLIR's <c>SparseConstantPropagation</c>: simulates each op by running its folder on the constants known for its
/// operands. A fold to an attribute gives a constant (materialized later by the op's dialect); a fold to an existing
/// value gives that value's state; no fold, an in-place fold, or an op with regions gives unknown.
/// </summary>
public sealed class SparseConstantPropagation : SparseForwardAnalysis<ConstantValue>
{
    private readonly List<OpFoldResult> _foldResults = new();

    /// <summary>The solver's state of values folded to an existing value (set by the solver's owner).</summary>
    public Func<Value, ConstantValue>? Lookup { get; set; }

    public override ConstantValue Uninitialized => ConstantValue.Uninitialized;

    public override bool IsUninitialized(ConstantValue state) => state.IsUninitialized;

    public override ConstantValue EntryState(Value value) => ConstantValue.Unknown;

    public override ConstantValue Join(ConstantValue a, ConstantValue b) => ConstantValue.Join(a, b);

    public override bool Same(ConstantValue a, ConstantValue b) => ConstantValue.Same(a, b);

    public override Attribute? ConstantOf(ConstantValue state) => state.Value;

    public override void VisitOperation(Operation op, ReadOnlySpan<ConstantValue> operands, Span<ConstantValue> results)
    {
        var hook = op.Name.Info?.Fold;
        if (hook == null || op.NumRegions > 0)
        {
            results.Fill(ConstantValue.Unknown);
            return;
        }
        var constants = new Attribute?[operands.Length];
        for (int i = 0; i < operands.Length; i++)
            constants[i] = operands[i].Value;
        // Folders may update the op in place; restore it so that simulation leaves the IR unchanged.
        var savedOperands = new Value[op.NumOperands];
        for (int i = 0; i < savedOperands.Length; i++)
            savedOperands[i] = op.GetOperand(i);
        var savedAttributes = op.Attributes;
        var savedProperties = op.Properties;
        _foldResults.Clear();
        bool folded = hook(op, constants, _foldResults);
        if (!folded || _foldResults.Count == 0 || _foldResults.Count != results.Length)
        {
            if (folded)
                Restore(op, savedOperands, savedAttributes, savedProperties);
            results.Fill(ConstantValue.Unknown);
            return;
        }
        var dialect = op.Dialect;
        for (int i = 0; i < results.Length; i++)
        {
            var r = _foldResults[i];
            if (r.Attribute is { } attr)
                results[i] = ConstantValue.Get(attr, dialect);
            else if (r.Value is { } value && Lookup != null)
                results[i] = Lookup(value);
            else
                results[i] = ConstantValue.Unknown;
        }
    }

    private static void Restore(Operation op, Value[] operands, IR.Attributes.DictionaryAttr attributes, Attribute? properties)
    {
        op.SetOperands(operands);
        if (!ReferenceEquals(op.Attributes, attributes))
            op.Attributes = attributes;
        if (!ReferenceEquals(op.Properties, properties))
            op.Properties = properties;
    }
}
