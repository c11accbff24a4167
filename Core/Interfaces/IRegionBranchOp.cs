using System.Collections.Generic;
using Dialectic.Core.IR;

namespace Dialectic.Core.Interfaces;

/// <summary>
/// The part of MLIR's <c>RegionBranchOpInterface</c> control-flow sinking needs, implemented by op classes
/// (<c>public sealed partial class IfOp : IRegionBranchOp</c>).
/// </summary>
public interface IRegionBranchOp
{
    /// <summary>
    /// Appends one bound per region of the op, in region order (MLIR's <c>getRegionInvocationBounds</c>).
    /// <paramref name="operands"/> holds the constant value of each operand, or null where it is not constant.
    /// The default knows nothing.
    /// </summary>
    void GetRegionInvocationBounds(System.ReadOnlySpan<Attribute?> operands, List<InvocationBounds> bounds)
    {
        var op = (Operation)this;
        for (int i = 0; i < op.NumRegions; i++)
            bounds.Add(InvocationBounds.Unknown);
    }
}
