using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Builtin;
using Dialectic.Core.Pass;
using Dialectic.Core.Rewrite.Conversion;

namespace Dialectic.Passes.Conversion;

/// <summary>
/// MLIR's <c>reconcile-unrealized-casts</c>: removes the <c>builtin.unrealized_conversion_cast</c> ops nested in the
/// op it runs on that cancel out. Chains <c>A -&gt; B -&gt; A</c> fold to the original values, unused casts (and
/// casts used only by them) are erased, and casts whose results still reach other ops stay.
/// </summary>
public sealed class ReconcileUnrealizedCastsPass : Pass
{
    public override string Argument => "reconcile-unrealized-casts";

    public override string Description => "Simplify and eliminate unrealized conversion casts";

    protected override void RunOnOperation()
    {
        var casts = new List<Operation>();
        Operation.Walk(op =>
        {
            if (op is UnrealizedConversionCastOp)
                casts.Add(op);
        }, WalkOrder.PreOrder);
        if (casts.Count > 0)
            UnrealizedCastReconciler.Reconcile(casts);
    }
}
