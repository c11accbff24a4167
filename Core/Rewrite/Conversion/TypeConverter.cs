using System;
using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Types;

namespace Dialectic.Core.Rewrite.Conversion;

/// <summary>
/// Converts types for a dialect conversion (MLIR's <c>TypeConverter</c>). Conversion callbacks are tried from the
/// last added to the first; each returns null to let the next one try. A type no callback converts has no
/// conversion. Results are cached per type. A type is legal when it converts to itself.
/// <code>
/// var converter = new TypeConverter();
/// converter.AddConversion(t =&gt; t);                                   // everything else stays
/// converter.AddConversion((IndexType t) =&gt; IntegerType.Get(ctx, 64)); // index -&gt; i64
/// </code>
/// Materializations build the ops that bridge a converted value and its original type; without one (or when all
/// return null) the conversion leaves a <c>builtin.unrealized_conversion_cast</c>. See TypeConverter.Materialization.cs.
/// </summary>
/// <remarks>Add callbacks before converting. Conversions may run on several threads: the cache is locked.</remarks>
public sealed partial class TypeConverter
{
    /// <summary>A 1:N conversion callback: appends the converted types to the list and returns true, returns false
    /// when the type cannot be converted (no later callback is tried), or null to let the next callback try.</summary>
    public delegate bool? ConversionCallback(Type type, List<Type> results);

    private readonly List<ConversionCallback> _conversions = new();
    // Type -> its conversion (null: none); guarded by locking the dictionary.
    private readonly Dictionary<Type, Type[]?> _cache = new(ReferenceEqualityComparer.Instance);

    // ---- registering conversions ----

    /// <summary>Adds a 1:N conversion callback (see <see cref="ConversionCallback"/>).</summary>
    public void AddConversion(ConversionCallback callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        _conversions.Add(callback);
        lock (_cache)
            _cache.Clear();
    }

    /// <summary>Adds a 1:1 conversion: the callback returns the converted type, or null to let the next one try.</summary>
    public void AddConversion(Func<Type, Type?> callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        AddConversion((type, results) =>
        {
            if (callback(type) is not { } converted)
                return null;
            results.Add(converted);
            return true;
        });
    }

    /// <summary>Adds a 1:1 conversion of the types of class <typeparamref name="T"/> (others are left to the next
    /// callback).</summary>
    public void AddConversion<T>(Func<T, Type?> callback) where T : Type
    {
        ArgumentNullException.ThrowIfNull(callback);
        AddConversion(type => type is T typed ? callback(typed) : null);
    }

    /// <summary>Adds a 1:N conversion of the types of class <typeparamref name="T"/>.</summary>
    public void AddConversion<T>(Func<T, List<Type>, bool?> callback) where T : Type
    {
        ArgumentNullException.ThrowIfNull(callback);
        AddConversion((type, results) => type is T typed ? callback(typed, results) : null);
    }

    // ---- converting ----

    /// <summary>Appends the conversion of <paramref name="type"/> (zero or more types) to
    /// <paramref name="results"/>; false when it has none.</summary>
    public bool ConvertType(Type type, List<Type> results)
    {
        ArgumentNullException.ThrowIfNull(type);
        var converted = Lookup(type);
        if (converted == null)
            return false;
        results.AddRange(converted);
        return true;
    }

    /// <summary>The 1:1 conversion of <paramref name="type"/>; null when it has none or converts to other than one
    /// type.</summary>
    public Type? ConvertType(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return Lookup(type) is { Length: 1 } converted ? converted[0] : null;
    }

    /// <summary>The conversion of <paramref name="type"/> as a typed result; null when it has none or is not a
    /// single <typeparamref name="T"/>.</summary>
    public T? ConvertType<T>(Type type) where T : Type => ConvertType(type) as T;

    /// <summary>Appends the conversions of all <paramref name="types"/>; false (results partly filled) when one has
    /// none.</summary>
    public bool ConvertTypes(ReadOnlySpan<Type> types, List<Type> results)
    {
        foreach (var type in types)
            if (!ConvertType(type, results))
                return false;
        return true;
    }

    /// <summary>As <see cref="ConvertTypes(ReadOnlySpan{Type}, List{Type})"/>.</summary>
    public bool ConvertTypes(IReadOnlyList<Type> types, List<Type> results)
    {
        for (int i = 0; i < types.Count; i++)
            if (!ConvertType(types[i], results))
                return false;
        return true;
    }

    /// <summary>The cached conversion of <paramref name="type"/>; callbacks run outside the lock, so they may
    /// convert nested types through this converter.</summary>
    private Type[]? Lookup(Type type)
    {
        lock (_cache)
            if (_cache.TryGetValue(type, out var cached))
                return cached;
        var results = new List<Type>();
        Type[]? converted = null;
        for (int i = _conversions.Count - 1; i >= 0; i--)
        {
            results.Clear();
            var outcome = _conversions[i](type, results);
            if (outcome == null)
                continue;
            if (outcome == true)
                converted = results.ToArray();
            break;
        }
        lock (_cache)
            _cache[type] = converted;
        return converted;
    }

    // ---- legality ----

    /// <summary>True when <paramref name="type"/> converts to itself.</summary>
    public bool IsLegal(Type type) => Lookup(type) is { Length: 1 } converted && ReferenceEquals(converted[0], type);

    /// <summary>True when every one of <paramref name="types"/> is legal.</summary>
    public bool IsLegal(ReadOnlySpan<Type> types)
    {
        foreach (var type in types)
            if (!IsLegal(type))
                return false;
        return true;
    }

    /// <summary>True when every one of <paramref name="types"/> is legal.</summary>
    public bool IsLegal(IReadOnlyList<Type> types)
    {
        for (int i = 0; i < types.Count; i++)
            if (!IsLegal(types[i]))
                return false;
        return true;
    }

    /// <summary>True when the operand and result types of <paramref name="op"/> are legal (nested regions are not
    /// looked at).</summary>
    public bool IsLegal(Operation op)
    {
        foreach (var operand in op.OpOperands)
            if (!IsLegal(operand.Value.Type))
                return false;
        foreach (var result in op.Results)
            if (!IsLegal(result.Type))
                return false;
        return true;
    }

    /// <summary>True when the argument types of every block of <paramref name="region"/> are legal (nested regions
    /// are not looked at).</summary>
    public bool IsLegal(Region region)
    {
        for (var block = region.FirstBlock; block != null; block = block.NextBlock)
            foreach (var arg in block.Arguments)
                if (!IsLegal(arg.Type))
                    return false;
        return true;
    }

    /// <summary>True when the inputs and results of <paramref name="type"/> are legal.</summary>
    public bool IsSignatureLegal(FunctionType type) => IsLegal(type.Inputs) && IsLegal(type.Results);

    // ---- signatures ----

    /// <summary>Converts the type of original input <paramref name="inputNo"/> into <paramref name="result"/>;
    /// false when it has no conversion.</summary>
    public bool ConvertSignatureArg(int inputNo, Type type, SignatureConversion result)
    {
        var converted = Lookup(type);
        if (converted == null)
            return false;
        result.AddInputs(inputNo, converted);
        return true;
    }

    /// <summary>Converts <paramref name="types"/>, the original inputs from <paramref name="origInputOffset"/> on,
    /// into <paramref name="result"/>; false when one has no conversion.</summary>
    public bool ConvertSignatureArgs(ReadOnlySpan<Type> types, SignatureConversion result, int origInputOffset = 0)
    {
        for (int i = 0; i < types.Length; i++)
            if (!ConvertSignatureArg(origInputOffset + i, types[i], result))
                return false;
        return true;
    }

    /// <summary>The conversion of <paramref name="block"/>'s argument types; null when one has no conversion.</summary>
    public SignatureConversion? ConvertBlockSignature(Block block)
    {
        var conversion = new SignatureConversion(block.NumArguments);
        for (int i = 0; i < block.NumArguments; i++)
            if (!ConvertSignatureArg(i, block.GetArgument(i).Type, conversion))
                return null;
        return conversion;
    }
}
