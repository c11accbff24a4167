using System;
using System.Collections.Generic;
using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite.Conversion;

/// <summary>
/// How the inputs of a function or block map to new ones (MLIR's <c>TypeConverter::SignatureConversion</c>): each
/// original input becomes zero or more converted inputs, or is replaced by an existing value; new inputs may be
/// appended. Build it with <see cref="TypeConverter.ConvertSignatureArgs"/> or by hand, then apply it with
/// <see cref="ConversionPatternRewriter.ApplySignatureConversion"/>.
/// </summary>
public sealed class SignatureConversion
{
    private readonly SignatureInputMapping?[] _inputs;
    private readonly List<Type> _converted = new();

    public SignatureConversion(int numOriginalInputs)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numOriginalInputs);
        _inputs = new SignatureInputMapping?[numOriginalInputs];
    }

    public int NumOriginalInputs => _inputs.Length;

    /// <summary>The types of the converted inputs, in order.</summary>
    public IReadOnlyList<Type> ConvertedTypes => _converted;

    /// <summary>Maps original input <paramref name="origInputNo"/> to new inputs of <paramref name="types"/>,
    /// appended (none: the input is dropped).</summary>
    public void AddInputs(int origInputNo, IReadOnlyList<Type> types)
    {
        CheckUnmapped(origInputNo);
        _inputs[origInputNo] = new SignatureInputMapping(_converted.Count, types.Count, null);
        for (int i = 0; i < types.Count; i++)
            _converted.Add(types[i]);
    }

    /// <summary>Maps original input <paramref name="origInputNo"/> to one new input of <paramref name="type"/>.</summary>
    public void AddInputs(int origInputNo, Type type) => AddInputs(origInputNo, [type]);

    /// <summary>Appends new inputs that no original input maps to.</summary>
    public void AddInputs(IReadOnlyList<Type> types)
    {
        for (int i = 0; i < types.Count; i++)
            _converted.Add(types[i]);
    }

    /// <summary>Maps original input <paramref name="origInputNo"/> to the <paramref name="size"/> already added
    /// inputs starting at <paramref name="newInputNo"/>.</summary>
    public void RemapInput(int origInputNo, int newInputNo, int size = 1)
    {
        CheckUnmapped(origInputNo);
        if (newInputNo < 0 || size < 0 || newInputNo + size > _converted.Count)
            throw new ArgumentOutOfRangeException(nameof(newInputNo),
                $"inputs [{newInputNo}, {newInputNo + size}) are not among the {_converted.Count} converted inputs");
        _inputs[origInputNo] = new SignatureInputMapping(newInputNo, size, null);
    }

    /// <summary>Replaces original input <paramref name="origInputNo"/> by <paramref name="replacement"/>, which
    /// must dominate the block (it gets no converted input).</summary>
    public void RemapInput(int origInputNo, Value replacement)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        CheckUnmapped(origInputNo);
        _inputs[origInputNo] = new SignatureInputMapping(0, 0, replacement);
    }

    /// <summary>Where original input <paramref name="origInputNo"/> went; null when it was not mapped (dropped).</summary>
    public SignatureInputMapping? GetInputMapping(int origInputNo) => _inputs[origInputNo];

    /// <summary>True when every original input maps, in order, to one converted input of
    /// <paramref name="originalTypes"/>' type and nothing is appended: applying it would change nothing.</summary>
    public bool IsIdentity(IReadOnlyList<Type> originalTypes)
    {
        if (_converted.Count != _inputs.Length || originalTypes.Count != _inputs.Length)
            return false;
        for (int i = 0; i < _inputs.Length; i++)
        {
            if (_inputs[i] is not { Replacement: null, Size: 1 } m || m.InputNo != i)
                return false;
            if (!ReferenceEquals(_converted[i], originalTypes[i]))
                return false;
        }
        return true;
    }

    private void CheckUnmapped(int origInputNo)
    {
        if ((uint)origInputNo >= (uint)_inputs.Length)
            throw new ArgumentOutOfRangeException(nameof(origInputNo), origInputNo, $"the signature has {_inputs.Length} original inputs");
        if (_inputs[origInputNo] != null)
            throw new InvalidOperationException($"original input #{origInputNo} is already mapped");
    }
}
