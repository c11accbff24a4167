using Dialectic.Core.IR;

namespace Dialectic.Core.Interfaces;

/// <summary>
/// The inliner interface of a dialect whose ops may all be inlined anywhere and whose terminators need no
/// handling (arith, math, index, memref, cf, scf in MLIR): every legality query answers yes.
/// </summary>
public sealed class InlinerLegalInterface : InlinerInterface
{
    public override bool IsLegalToInline(Operation call, Operation callable, bool wouldBeCloned) => true;

    public override bool IsLegalToInline(Region destination, Region source, bool wouldBeCloned, IRMapping mapping) => true;

    public override bool IsLegalToInline(Operation op, Region destination, bool wouldBeCloned, IRMapping mapping) => true;
}
