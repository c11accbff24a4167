using System.Collections.Generic;
using Dialectic.Core.Interfaces;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Dialects.Scf;

// MLIR's RegionBranchOpInterface invocation bounds on scf.index_switch.
public sealed partial class IndexSwitchOp : IRegionBranchOp
{
    /// <summary>
    /// Each region runs at most once. With a constant selector only one region may run: as upstream computes it,
    /// the position of the matching case, or the last region when no case matches.
    /// </summary>
    public void GetRegionInvocationBounds(System.ReadOnlySpan<Attribute?> operands, List<InvocationBounds> bounds)
    {
        if (operands.Length == 0 || operands[0] is not IntegerAttr selector)
        {
            for (int i = 0; i < NumRegions; i++)
                bounds.Add(new InvocationBounds(0, 1));
            return;
        }
        int live = NumRegions - 1;
        var cases = Cases.Raw;
        for (int i = 0; i < cases.Length; i++)
            if (selector.SignedValue == cases[i])
            {
                live = i;
                break;
            }
        for (int i = 0; i < NumRegions; i++)
            bounds.Add(new InvocationBounds(0, i == live ? 1 : 0));
    }
}
