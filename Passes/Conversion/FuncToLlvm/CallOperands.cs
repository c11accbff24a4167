using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Passes.Conversion.LlvmCommon;

namespace Dialectic.Passes.Conversion.FuncToLlvm;

/// <summary>MLIR's <c>promoteOperands</c>: the llvm call operands of a call's converted operands.</summary>
internal static class CallOperands
{
    /// <summary>
    /// Ranked memrefs unpack into their descriptor fields and unranked ones into (rank, pointer); under the
    /// bare-pointer convention a ranked memref passes its aligned pointer and an unranked one is an error. Other
    /// operands pass as converted.
    /// </summary>
    public static bool Promote(OpBuilder builder, LocationAttr location, LlvmTypeConverter converter, Operation op, OpAdaptor adaptor,
        bool barePtr, out List<Value> promoted, out string? failure)
    {
        promoted = new List<Value>(op.NumOperands);
        failure = null;
        for (int i = 0; i < op.NumOperands; i++)
            if (barePtr && op.GetOperand(i).Type is UnrankedMemRefType)
            {
                failure = "unranked memrefs are not supported with the bare-pointer calling convention";
                return false;
            }
        for (int i = 0; i < op.NumOperands; i++)
        {
            var value = adaptor[i];
            switch (op.GetOperand(i).Type)
            {
                case MemRefType when barePtr:
                    promoted.Add(new MemRefDescriptor(value).AlignedPtr(builder, location));
                    break;
                case MemRefType:
                    new MemRefDescriptor(value).Unpack(builder, location, promoted);
                    break;
                case UnrankedMemRefType:
                    new UnrankedMemRefDescriptor(value).Unpack(builder, location, promoted);
                    break;
                default:
                    promoted.Add(value);
                    break;
            }
        }
        return true;
    }
}
