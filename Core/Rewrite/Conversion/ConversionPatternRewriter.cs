using System;
using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Builtin;

namespace Dialectic.Core.Rewrite.Conversion;

/// <summary>
/// The rewriter conversion patterns receive (MLIR's <c>ConversionPatternRewriter</c>, in its one-shot mode without
/// rollback). Every change is applied at once. Replacing a value by one of another type keeps the IR valid with a
/// source materialization, an <c>unrealized_conversion_cast</c> back to the original type that users not yet
/// converted see; a pattern's adaptor looks through such casts (<see cref="GetRemappedValue(Value)"/>) and, when
/// its type converter wants another type, inserts a target materialization. At the end of the conversion the casts
/// that cancel out are removed and the rest are handed to the type converter's materializations, or stay.
/// </summary>
/// <remarks>Use this class's <c>ReplaceOp</c>, <c>ReplaceAllUsesWith</c>, <c>InlineBlockBefore</c> and
/// <c>MergeBlocks</c> (they hide the base ones): they accept replacement values of converted types.</remarks>
public sealed partial class ConversionPatternRewriter : PatternRewriter
{
    private readonly record struct Materialization(MaterializationKind Kind, TypeConverter? Converter);

    private readonly ConversionTracker _tracker;
    private readonly Dictionary<Operation, Materialization> _materializations = new(ReferenceEqualityComparer.Instance);
    // Every materialization made, in creation order (erased ones are skipped when read).
    private readonly List<Operation> _materializationOrder = new();
    private readonly Dictionary<(Value, Type), Operation> _targetCache = new();

    internal ConversionPatternRewriter(Context context) : base(context)
    {
        _tracker = new ConversionTracker();
        Listener = _tracker;
    }

    internal ConversionTracker Tracker => _tracker;

    /// <summary>The type converter of the conversion pattern being applied (null: none, or not a conversion
    /// pattern); source materializations record it.</summary>
    public TypeConverter? CurrentTypeConverter { get; internal set; }

    // ---- remapped values ----

    /// <summary>The latest replacement of <paramref name="value"/>: through the source materializations made for
    /// replacements, the value that replaced it (itself when it was not replaced, or was replaced 1:N).</summary>
    public Value GetRemappedValue(Value value)
    {
        ArgumentNullException.ThrowIfNull(value);
        for (int guard = 0; guard < 4096 && SourceInput(value) is { } input; guard++)
            value = input;
        return value;
    }

    /// <summary>
    /// The replacement of <paramref name="value"/> with the type <paramref name="converter"/> converts its type to
    /// (a target materialization when no replacement has it); without converter, the latest replacement. Null when
    /// the type has no 1:1 conversion (<paramref name="failure"/> says why).
    /// </summary>
    public Value? GetRemappedValue(Value value, TypeConverter? converter, out string? failure)
    {
        ArgumentNullException.ThrowIfNull(value);
        failure = null;
        if (converter == null)
            return GetRemappedValue(value);
        var desired = converter.ConvertType(value.Type);
        if (desired == null)
        {
            var types = new List<Type>();
            failure = converter.ConvertType(value.Type, types)
                ? $"operand type '{value.Type}' converts to {types.Count} types; the adaptor supports 1:1 conversions only"
                : $"operand type '{value.Type}' has no conversion";
            return null;
        }
        var latest = value;
        for (int guard = 0; guard < 4096; guard++)
        {
            if (ReferenceEquals(latest.Type, desired))
                return latest;
            if (SourceInput(latest) is not { } input)
                break;
            latest = input;
        }
        if (_targetCache.TryGetValue((latest, desired), out var cached) && _materializations.ContainsKey(cached))
            return cached.GetResult(0);
        var (block, before) = PointAfter(latest);
        var cast = CreateMaterialization(MaterializationKind.Target, converter, [latest], [desired], latest.Location, block, before);
        _targetCache[(latest, desired)] = cast;
        return cast.GetResult(0);
    }

    /// <summary>
    /// Appends the remapped <paramref name="values"/> to <paramref name="results"/>, converted by the current
    /// pattern's type converter (see <see cref="GetRemappedValue(Value, TypeConverter?, out string?)"/>); false, after
    /// reporting a match failure, when a type has no conversion. For values a pattern reaches other than through its
    /// op's operands (terminators of regions it inlines, captured values).
    /// </summary>
    public bool GetRemappedValues(IReadOnlyList<Value> values, List<Value> results)
    {
        for (int i = 0; i < values.Count; i++)
        {
            if (GetRemappedValue(values[i], CurrentTypeConverter, out var failure) is not { } remapped)
                return NotifyMatchFailure(values[i].Location, failure!);
            results.Add(remapped);
        }
        return true;
    }

    /// <summary>The remapped operands of <paramref name="op"/> (see <see cref="GetRemappedValue(Value, TypeConverter?, out string?)"/>).</summary>
    internal bool GetRemappedOperands(Operation op, TypeConverter? converter, out Value[] operands, out string? failure)
    {
        CurrentTypeConverter = converter;
        operands = new Value[op.NumOperands];
        failure = null;
        for (int i = 0; i < operands.Length; i++)
        {
            var remapped = GetRemappedValue(op.GetOperand(i), converter, out failure);
            if (remapped == null)
                return false;
            operands[i] = remapped;
        }
        return true;
    }

    /// <summary>The single input of the source materialization defining <paramref name="value"/>, or null.</summary>
    private Value? SourceInput(Value value) =>
        value.DefiningOp is { NumOperands: 1, NumResults: 1 } def && _materializations.TryGetValue(def, out var m)
            && m.Kind == MaterializationKind.Source ? def.GetOperand(0) : null;

    // ---- replacing ----

    /// <summary>Replaces the results of <paramref name="op"/> by <paramref name="values"/> (one per result, of the
    /// converted type or the original one; null only for a result nobody will use) and erases it.</summary>
    public new void ReplaceOp(Operation op, IReadOnlyList<Value?> values)
    {
        ArgumentNullException.ThrowIfNull(op);
        if (op.NumResults != values.Count)
            throw new ArgumentException($"{values.Count} replacement values for the {op.NumResults} results of '{op.Name}'", nameof(values));
        RewriteListener?.NotifyOperationReplaced(op, values);
        for (int i = 0; i < values.Count; i++)
            Replace(op.GetResult(i), values[i] is { } v ? [v] : [], op);
        EraseOp(op);
    }

    /// <summary>Replaces the results of <paramref name="op"/> by those of <paramref name="newOp"/> and erases it.</summary>
    public new void ReplaceOp(Operation op, Operation newOp)
    {
        ArgumentNullException.ThrowIfNull(newOp);
        var values = new Value?[newOp.NumResults];
        for (int i = 0; i < values.Length; i++)
            values[i] = newOp.GetResult(i);
        ReplaceOp(op, values);
    }

    /// <summary>Replaces each result of <paramref name="op"/> by several values (a 1:N conversion; users not
    /// converted see one source materialization of them) and erases it.</summary>
    public void ReplaceOpWithMultiple(Operation op, IReadOnlyList<IReadOnlyList<Value>> values)
    {
        ArgumentNullException.ThrowIfNull(op);
        if (op.NumResults != values.Count)
            throw new ArgumentException($"{values.Count} replacement ranges for the {op.NumResults} results of '{op.Name}'", nameof(values));
        _tracker.CountChange();
        for (int i = 0; i < values.Count; i++)
            Replace(op.GetResult(i), values[i], op);
        EraseOp(op);
    }

    /// <summary>Makes every use of <paramref name="from"/> use <paramref name="to"/>, through a source
    /// materialization when the types differ.</summary>
    public new void ReplaceAllUsesWith(Value from, Value to)
    {
        if (ReferenceEquals(from, to))
            return;
        Replace(from, [to], null);
    }

    /// <summary>Replaces the uses of <paramref name="from"/> by <paramref name="to"/> (none: a cast from nothing,
    /// which must be unused by the end), bridging types with a source materialization placed after the values'
    /// definitions (or before <paramref name="at"/> when there are none).</summary>
    private void Replace(Value from, IReadOnlyList<Value> to, Operation? at)
    {
        if (from.UseEmpty)
            return;
        Value replacement;
        if (to.Count == 1 && ReferenceEquals(to[0].Type, from.Type))
            replacement = to[0];
        else
        {
            var (block, before) = to.Count > 0 ? PointAfter(to[^1]) : at is { Block: { } b } ? (b, at) : PointAfter(from);
            replacement = SourceCast(to, from, block, before);
        }
        _tracker.CountChange();
        from.ReplaceAllUsesWith(replacement);
    }

    // ---- erasing ----

    /// <summary>Erases <paramref name="op"/>. Results still used only by unused materializations drop them; results
    /// still used otherwise are replaced by casts from nothing, left for the end of the conversion to report.</summary>
    public override void EraseOp(Operation op)
    {
        ArgumentNullException.ThrowIfNull(op);
        List<Operation>? deadCasts = null;
        foreach (var result in op.Results)
            for (var use = result.FirstUse; use != null; use = use.NextUse)
                if (use.Owner is var user && user.UseEmpty && _materializations.ContainsKey(user) && !(deadCasts ??= new()).Contains(user))
                    deadCasts.Add(user);
        if (deadCasts != null)
            foreach (var cast in deadCasts)
                EraseMaterialization(cast);
        foreach (var result in op.Results)
            if (!result.UseEmpty)
                Replace(result, [], op);
        base.EraseOp(op);
    }

    // ---- materializations ----

    /// <summary>Creates an unrealized cast of <paramref name="inputs"/> to <paramref name="types"/> in
    /// <paramref name="block"/> before <paramref name="before"/> (null: at the end), silently: it is not an op to
    /// legalize.</summary>
    private Operation CreateMaterialization(MaterializationKind kind, TypeConverter? converter, IReadOnlyList<Value> inputs,
        IReadOnlyList<Type> types, LocationAttr location, Block block, Operation? before)
    {
        var state = new OperationState(location, UnrealizedConversionCastOp.OperationName);
        for (int i = 0; i < inputs.Count; i++)
            state.Operands.Add(inputs[i]);
        for (int i = 0; i < types.Count; i++)
            state.ResultTypes.Add(types[i]);
        var cast = Operation.Create(state);
        block.InsertBefore(before, cast);
        _materializations.Add(cast, new Materialization(kind, converter));
        _materializationOrder.Add(cast);
        return cast;
    }

    /// <summary>A source materialization of <paramref name="inputs"/> to <paramref name="original"/>'s type, at
    /// its location.</summary>
    private Value SourceCast(IReadOnlyList<Value> inputs, Value original, Block block, Operation? before) =>
        CreateMaterialization(MaterializationKind.Source, CurrentTypeConverter, inputs, [original.Type], original.Location, block, before)
            .GetResult(0);

    private void EraseMaterialization(Operation cast)
    {
        _materializations.Remove(cast);
        cast.DropAllReferences();
        cast.Remove();
    }

    /// <summary>True when <paramref name="op"/> is a cast the conversion made.</summary>
    internal bool IsMaterialization(Operation op) => _materializations.ContainsKey(op);

    /// <summary>Where an op using <paramref name="value"/> can go right after its definition: after its defining op,
    /// or at the start of its block for a block argument; after the materializations already there, so that casts
    /// keep the order they were made in.</summary>
    private (Block Block, Operation? Before) PointAfter(Value value)
    {
        Block block;
        Operation? before;
        if (value is BlockArgument arg)
            (block, before) = (arg.Owner, arg.Owner.FirstOp);
        else
        {
            var def = value.DefiningOp!;
            block = def.Block ?? throw new InvalidOperationException($"a replacement value is defined by '{def.Name}', which is not in a block");
            before = def.NextOp;
        }
        while (before != null && _materializations.ContainsKey(before))
            before = before.NextOp;
        return (block, before);
    }

    /// <summary>
    /// Ends the conversion: folds the materializations that cancel out, erases the unused ones, and hands each one
    /// still live to its type converter's materializations (source or target); those no callback builds stay as
    /// unrealized casts. Returns the casts left.
    /// </summary>
    internal List<Operation> FinalizeMaterializations()
    {
        var alive = new List<Operation>();
        foreach (var cast in _materializationOrder)
            if (_materializations.ContainsKey(cast))
                alive.Add(cast);
        var kept = UnrealizedCastReconciler.Reconcile(alive, cast => _materializations.Remove(cast));
        var left = new List<Operation>();
        foreach (var cast in kept)
        {
            var info = _materializations[cast];
            if (info.Converter is not { HasMaterializations: true } converter || !TryMaterialize(cast, info.Kind, converter))
                left.Add(cast);
        }
        return left;
    }

    private bool TryMaterialize(Operation cast, MaterializationKind kind, TypeConverter converter)
    {
        var inputs = new Value[cast.NumOperands];
        for (int i = 0; i < inputs.Length; i++)
            inputs[i] = cast.GetOperand(i);
        var builder = new OpBuilder(Context);
        builder.SetInsertionPoint(cast);
        IReadOnlyList<Value>? values;
        if (kind == MaterializationKind.Source)
            values = cast.NumResults == 1
                && converter.MaterializeSourceConversion(builder, cast.Location, cast.GetResult(0).Type, inputs) is { } v ? [v] : null;
        else
        {
            var types = new Type[cast.NumResults];
            for (int i = 0; i < types.Length; i++)
                types[i] = cast.GetResult(i).Type;
            values = converter.MaterializeTargetConversion(builder, cast.Location, types, inputs);
        }
        if (values == null)
            return false;
        for (int i = 0; i < values.Count; i++)
            cast.GetResult(i).ReplaceAllUsesWith(values[i]);
        EraseMaterialization(cast);
        return true;
    }
}
