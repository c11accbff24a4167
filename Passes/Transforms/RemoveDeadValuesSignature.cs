using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;

namespace Dialectic.Passes.Transforms;

/// <summary>
/// Signature edits of <c>remove-dead-values</c> on function-like ops and calls, done generically (MLIR's
/// <c>FunctionOpInterface::eraseArguments/eraseResults</c>): the <c>function_type</c>, <c>arg_attrs</c> and
/// <c>res_attrs</c> attributes, inherent or discardable, and call results (a call is rebuilt without the erased
/// ones, as MLIR does).
/// </summary>
internal static class RemoveDeadValuesSignature
{
    /// <summary>The <c>function_type</c> of a function-like op; null when absent.</summary>
    public static TypeAttr? FunctionTypeOf(Operation op) =>
        (op.GetInherentAttr("function_type") ?? op.GetAttr("function_type")) is TypeAttr { Value: FunctionType } t ? t : null;

    /// <summary>Removes operand i of <paramref name="op"/> wherever <paramref name="erase"/>[i]. O(operands).</summary>
    public static void EraseOperands(Operation op, bool[] erase)
    {
        var kept = new List<Value>(op.NumOperands);
        for (int i = 0; i < op.NumOperands; i++)
            if (i >= erase.Length || !erase[i])
                kept.Add(op.GetOperand(i));
        if (kept.Count != op.NumOperands)
            op.SetOperands(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(kept));
    }

    /// <summary>Drops erased inputs and results from the function type and the per-argument/result attribute
    /// arrays.</summary>
    public static void UpdateSignature(Operation callable, FunctionType type, bool[] deadArgs, bool[] deadResults)
    {
        var inputs = Filter(type.Inputs, deadArgs);
        var results = Filter(type.Results, deadResults);
        var context = callable.Context;
        Set(callable, "function_type", TypeAttr.Get(FunctionType.Get(context, inputs, results)));
        FilterArray(callable, "arg_attrs", deadArgs);
        FilterArray(callable, "res_attrs", deadResults);
    }

    /// <summary>
    /// Rebuilds <paramref name="call"/> without the results marked in <paramref name="erase"/>, moving the uses of
    /// the kept ones; false (nothing changed) when an erased result still has a use.
    /// </summary>
    public static bool EraseResults(Operation call, bool[] erase)
    {
        for (int i = 0; i < erase.Length; i++)
            if (erase[i] && !call.GetResult(i).UseEmpty)
                return false;
        var state = new OperationState(call.Location, call.Name);
        for (int i = 0; i < call.NumOperands; i++)
            state.Operands.Add(call.GetOperand(i));
        for (int i = 0; i < call.NumResults; i++)
            if (!erase[i])
                state.ResultTypes.Add(call.GetResult(i).Type);
        foreach (var entry in call.Attributes.Entries)
            state.Attributes.Add(entry);
        state.Properties = call.Properties;
        var replacement = Operation.Create(state);
        call.Block!.InsertBefore(call, replacement);
        for (int i = 0, next = 0; i < call.NumResults; i++)
            if (!erase[i])
                call.GetResult(i).ReplaceAllUsesWith(replacement.GetResult(next++));
        call.Erase();
        return true;
    }

    private static Type[] Filter(System.ReadOnlySpan<Type> types, bool[] erase)
    {
        var kept = new List<Type>(types.Length);
        for (int i = 0; i < types.Length; i++)
            if (!erase[i])
                kept.Add(types[i]);
        return kept.ToArray();
    }

    private static void FilterArray(Operation op, string name, bool[] erase)
    {
        if ((op.GetInherentAttr(name) ?? op.GetAttr(name)) is not ArrayAttr array || array.Count != erase.Length)
            return;
        var kept = new List<Attribute>(array.Count);
        bool anyNonEmpty = false;
        for (int i = 0; i < array.Count; i++)
        {
            if (erase[i])
                continue;
            kept.Add(array[i]);
            anyNonEmpty |= array[i] is not DictionaryAttr { IsEmpty: true };
        }
        // As MLIR: an array left with only empty dictionaries is dropped.
        Set(op, name, anyNonEmpty ? ArrayAttr.Get(op.Context, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(kept)) : null);
    }

    /// <summary>Sets (null: removes) an attribute where the op keeps it: its properties when inherent there.</summary>
    private static void Set(Operation op, string name, Attribute? value)
    {
        if (op.Properties is DictionaryAttr props && (props.Get(name) != null || IsInherent(op, name)))
            op.Properties = props.With(name, value);
        else
            op.SetAttr(name, value);
    }

    private static bool IsInherent(Operation op, string name)
    {
        if (op.Name.Info is not { } info)
            return false;
        foreach (var n in info.InherentAttributes)
            if (n == name)
                return true;
        return false;
    }
}
