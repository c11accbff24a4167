using System.Collections.Generic;
using Dialectic.Core.Interfaces;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.Rewrite;

namespace Dialectic.TableGen.Tests.SampleDialect;

/// <summary>Declares the interface hooks by hand-written members that the generator hooks up.</summary>
[Op("test", "effects", Summary = "A read with hand-written effects, speculation and canonicalization")]
public sealed partial class EffectsOp : Operation
{
    [Operand]
    public partial Value Input { get; }

    [Result]
    public partial Value Result { get; }

    public void GetEffects(List<MemoryEffectInstance> effects) =>
        effects.Add(new MemoryEffectInstance(MemoryEffectKind.Read, OpOperands[0]));

    public Speculatability GetSpeculatability() => Speculatability.Speculatable;

    public static void GetCanonicalizationPatterns(RewritePatternSet patterns, Context context) =>
        patterns.Add<EffectsOp>(Collapse, debugName: "collapse-effects");

    // effects(effects(x)) -> effects(x)
    private static bool Collapse(EffectsOp op, PatternRewriter rewriter)
    {
        if (op.Input.DefiningOp is not EffectsOp inner)
            return rewriter.NotifyMatchFailure(op, "input is not an effects op");
        rewriter.ReplaceOp(op, [inner.Result]);
        return true;
    }

    // Counts the canonicalize-method attempts (ODS hasCanonicalizeMethod).
    public static int CanonicalizeCalls;

    public static bool Canonicalize(EffectsOp op, PatternRewriter rewriter)
    {
        CanonicalizeCalls++;
        return false;
    }
}
