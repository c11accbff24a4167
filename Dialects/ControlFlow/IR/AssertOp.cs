using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.Rewrite;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.Interfaces;

namespace Dialectic.Dialects.ControlFlow;

/// <summary><c>cf.assert %cond, "message"</c>: aborts at run time when <c>%cond</c> is false. Not pure (it may
/// abort); upstream folds a constant-true assertion away by canonicalization only, so there is no folder.</summary>
[Op("cf", "assert", Summary = "Assert operation with message attribute",
    Description = "Assert operation at runtime with single boolean operand and an error message attribute. If the "
        + "argument is `true` this operation has no effect. Otherwise, the program execution will abort. The "
        + "provided error message may be used by a runtime to propagate the error to the user.")]
[AssemblyFormat("$arg `,` $msg attr-dict")]
public sealed partial class AssertOp : Operation
{
    [Operand(Constraint = TypeConstraint.I1)]
    public partial Value Arg { get; }

    [Property]
    public partial StringAttr Msg { get; }

    // A write to the default resource: the assertion may abort, so it must stay where it is.
    public void GetEffects(List<MemoryEffectInstance> effects) =>
        effects.Add(new MemoryEffectInstance(MemoryEffectKind.Write));

    /// <summary>assert true, "msg" -> (erased)</summary>
    public static void GetCanonicalizationPatterns(RewritePatternSet patterns, Context context) =>
        patterns.Add<AssertOp>(EraseTrueAssert, debugName: "AssertOp.canonicalize");

    private static bool EraseTrueAssert(AssertOp op, PatternRewriter rewriter)
    {
        if (Operation.GetConstantValue(op.Arg) is not Core.IR.Attributes.IntegerAttr { Bits.IsOne: true })
            return false;
        rewriter.EraseOp(op);
        return true;
    }
}
