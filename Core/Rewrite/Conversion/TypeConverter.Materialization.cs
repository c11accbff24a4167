using System;
using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Core.Rewrite.Conversion;

public sealed partial class TypeConverter
{
    /// <summary>Builds ops at <paramref name="builder"/>'s insertion point that turn <paramref name="inputs"/> into
    /// one value of <paramref name="resultType"/>; returns it, or null to let the next callback try.</summary>
    public delegate Value? MaterializationCallback(OpBuilder builder, Type resultType, IReadOnlyList<Value> inputs, LocationAttr location);

    /// <summary>A 1:N target materialization: values of <paramref name="resultTypes"/>, or null.</summary>
    public delegate IReadOnlyList<Value>? MultiMaterializationCallback(OpBuilder builder, IReadOnlyList<Type> resultTypes,
        IReadOnlyList<Value> inputs, LocationAttr location);

    private readonly List<MaterializationCallback> _sourceMaterializations = new();
    private readonly List<MultiMaterializationCallback> _targetMaterializations = new();

    /// <summary>
    /// Adds a source materialization: converted values back to an original type, for a replaced value that still
    /// has users expecting the original type. Tried last added first.
    /// </summary>
    public void AddSourceMaterialization(MaterializationCallback callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        _sourceMaterializations.Add(callback);
    }

    /// <summary>Adds a target materialization: a value of an original type into the converted type a pattern's
    /// operand needs. Tried last added first.</summary>
    public void AddTargetMaterialization(MaterializationCallback callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        AddTargetMaterialization((builder, types, inputs, location) =>
            types.Count == 1 && callback(builder, types[0], inputs, location) is { } value ? [value] : null);
    }

    /// <summary>Adds a 1:N target materialization.</summary>
    public void AddTargetMaterialization(MultiMaterializationCallback callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        _targetMaterializations.Add(callback);
    }

    /// <summary>True when a source or target materialization callback was added.</summary>
    public bool HasMaterializations => _sourceMaterializations.Count > 0 || _targetMaterializations.Count > 0;

    /// <summary>Runs the source materializations, last added first; null when none built a value of
    /// <paramref name="resultType"/>.</summary>
    public Value? MaterializeSourceConversion(OpBuilder builder, LocationAttr location, Type resultType, IReadOnlyList<Value> inputs)
    {
        for (int i = _sourceMaterializations.Count - 1; i >= 0; i--)
            if (_sourceMaterializations[i](builder, resultType, inputs, location) is { } value)
            {
                if (!ReferenceEquals(value.Type, resultType))
                    throw new InvalidOperationException(
                        $"a source materialization returned a value of type '{value.Type}' instead of '{resultType}'");
                return value;
            }
        return null;
    }

    /// <summary>Runs the target materializations, last added first; null when none built values of
    /// <paramref name="resultTypes"/>.</summary>
    public IReadOnlyList<Value>? MaterializeTargetConversion(OpBuilder builder, LocationAttr location, IReadOnlyList<Type> resultTypes,
        IReadOnlyList<Value> inputs)
    {
        for (int i = _targetMaterializations.Count - 1; i >= 0; i--)
            if (_targetMaterializations[i](builder, resultTypes, inputs, location) is { } values)
            {
                if (values.Count != resultTypes.Count)
                    throw new InvalidOperationException($"a target materialization returned {values.Count} values for {resultTypes.Count} types");
                for (int j = 0; j < values.Count; j++)
                    if (!ReferenceEquals(values[j].Type, resultTypes[j]))
                        throw new InvalidOperationException(
                            $"a target materialization returned a value of type '{values[j].Type}' instead of '{resultTypes[j]}'");
                return values;
            }
        return null;
    }
}
