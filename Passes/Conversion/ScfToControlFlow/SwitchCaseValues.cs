using System.Numerics;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;

namespace Dialectic.Passes.Conversion.ScfToControlFlow;

/// <summary>Builds the <c>case_values</c> of a <c>cf.switch</c>: <c>dense&lt;[...]&gt; : vector&lt;N x iW&gt;</c>,
/// stored as a splat when all values are equal (as MLIR stores it).</summary>
internal static class SwitchCaseValues
{
    public static DenseIntOrFPElementsAttr Get(IntegerType type, long[] values)
    {
        var vectorType = VectorType.Get([values.Length], type);
        int storageBits = DenseIntOrFPElementsAttr.StorageBits(type);
        var bits = new BigInteger[values.Length];
        bool splat = values.Length > 0;
        for (int i = 0; i < bits.Length; i++)
        {
            bits[i] = IntegerAttr.Truncate(values[i], type.Width);
            splat &= bits[i] == bits[0];
        }
        int stored = splat ? 1 : bits.Length;
        var data = new byte[DenseIntOrFPElementsAttr.StorageBytes(storageBits, stored)];
        for (int i = 0; i < stored; i++)
            DenseIntOrFPElementsAttr.WriteBits(data, storageBits, i, bits[i]);
        return DenseIntOrFPElementsAttr.GetRaw(vectorType, data, splat);
    }
}
