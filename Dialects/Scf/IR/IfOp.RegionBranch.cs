using System.Collections.Generic;
using Dialectic.Core.Interfaces;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Dialects.Scf;

// MLIR's RegionBranchOpInterface invocation bounds on scf.if.
public sealed partial class IfOp : IRegionBranchOp
{
    /// <summary>Each region runs at most once; with a constant condition the untaken one runs never.</summary>
    public void GetRegionInvocationBounds(System.ReadOnlySpan<Attribute?> operands, List<InvocationBounds> bounds)
    {
        if (operands.Length > 0 && operands[0] is IntegerAttr { Width: 1 } cond)
        {
            bool taken = !cond.IsZero;
            bounds.Add(new InvocationBounds(0, taken ? 1 : 0));
            bounds.Add(new InvocationBounds(0, taken ? 0 : 1));
            return;
        }
        bounds.Add(new InvocationBounds(0, 1));
        bounds.Add(new InvocationBounds(0, 1));
    }
}
