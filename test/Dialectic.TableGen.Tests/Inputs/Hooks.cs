using System.Collections.Generic;
using Dialectic.Core.Interfaces;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.Rewrite;

namespace Sample.Hooks;

[DialectOperations("hk")]
public sealed partial class HooksDialect : Dialect
{
    public HooksDialect(Context context) : base(context, "hk") { }

    protected override void Initialize() => RegisterOperations();
}

/// <summary>Every interface hook: effects, speculation, successor operands, canonicalization (patterns and method).</summary>
[Op("hk", "all")]
[Traits(OpTraits.IsTerminator)]
public sealed partial class AllOp : Operation
{
    [Operand]
    public partial System.ReadOnlySpan<OpOperand> Forwarded { get; }

    [Successor]
    public partial Block Dest { get; }

    public void GetEffects(List<MemoryEffectInstance> effects) => effects.Add(new MemoryEffectInstance(MemoryEffectKind.Read));

    public Speculatability GetSpeculatability() => Speculatability.NotSpeculatable;

    public SuccessorOperands GetSuccessorOperands(int index) => new(this, 0, NumOperands);

    public static void GetCanonicalizationPatterns(RewritePatternSet patterns, Context context) { }

    public static bool Canonicalize(AllOp op, PatternRewriter rewriter) => false;
}

/// <summary>Only a canonicalize method.</summary>
[Op("hk", "method")]
public sealed partial class MethodOp : Operation
{
    private static bool Canonicalize(MethodOp op, PatternRewriter rewriter) => false;
}

/// <summary>Only canonicalization patterns, and no effects (an empty hook: MLIR's NoMemoryEffect).</summary>
[Op("hk", "patterns")]
public sealed partial class PatternsOp : Operation
{
    internal static void GetCanonicalizationPatterns(RewritePatternSet patterns, Context context) { }

    private void GetEffects(List<MemoryEffectInstance> effects) { }
}
