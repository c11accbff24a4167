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
        if (hook == null)
            return false;
        var constants = new Attribute?[_operands.Length];
        for (int i = 0; i < _operands.Length; i++)
            constants[i] = GetConstantValue(_operands[i].Value);
        return hook(this, constants, results);
    }

    /// <summary>
    /// The constant a value is known to hold: the value attribute of a <see cref="OpTraits.ConstantLike"/>
    /// defining op, or null.
    /// </summary>
    public static Attribute? GetConstantValue(Value value)
    {
        if (value.DefiningOp is not { } def || !def.HasTrait(OpTraits.ConstantLike))
            return null;
        string name = def._name.Info!.ConstantAttributeName;
        return def.GetInherentAttr(name) ?? def.GetAttr(name);
    }
}
