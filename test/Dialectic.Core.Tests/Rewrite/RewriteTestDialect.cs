using System.Collections.Generic;
using Dialectic.Core.Interfaces;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.Rewrite;

namespace Dialectic.Core.Tests.Rewrite;

/// <summary>
/// A small hand-registered dialect (<c>rt</c>) for the rewrite tests: constants with a folder-driven add, ops with
/// declared, absent and recursive effects, and branches with and without declared successor operands. Ops print
/// in generic form.
/// </summary>
internal sealed class RewriteTestDialect(Context context) : Dialect(context, "rt")
{
    /// <summary>How many times the dialect-wide canonicalization hook ran.</summary>
    public int CanonicalizationCalls { get; private set; }

    protected override void Initialize()
    {
        // A function-like, isolated container: constants are hoisted to its entry block.
        AddOperation(new OperationInfo("rt.func", OpTraits.IsIsolatedFromAbove));
        AddOperation(new OperationInfo("rt.const", OpTraits.ConstantLike | OpTraits.Pure) { InherentAttributes = ["value"] });
        // add(c0, c1) -> c0 + c1; add(x, 0) -> x.
        AddOperation(new OperationInfo("rt.add", OpTraits.Pure | OpTraits.Commutative) { Fold = FoldAdd });
        AddOperation(new OperationInfo("rt.neg", OpTraits.Pure));
        // Registered, but declares nothing about effects: unknown, so never dead.
        AddOperation(new OperationInfo("rt.opaque"));
        AddOperation(new OperationInfo("rt.load")
        {
            GetEffects = static (op, effects) => effects.Add(new MemoryEffectInstance(MemoryEffectKind.Read, op.OpOperands[0])),
        });
        AddOperation(new OperationInfo("rt.store")
        {
            GetEffects = static (op, effects) => effects.Add(new MemoryEffectInstance(MemoryEffectKind.Write, op.OpOperands[0])),
        });
        AddOperation(new OperationInfo("rt.alloc")
        {
            GetEffects = static (op, effects) => effects.Add(new MemoryEffectInstance(MemoryEffectKind.Allocate, op.GetResult(0))),
            GetCanonicalizationPatterns = static (patterns, context) => patterns.Add(new NamedPattern("rt.alloc", "alloc-canonical", context)),
        });
        // No effects, but may not be hoisted (a division).
        AddOperation(new OperationInfo("rt.div")
        {
            GetEffects = static (_, _) => { },
            GetSpeculatability = static op => Operation.GetConstantValue(op.GetOperand(1)) is IntegerAttr { IsZero: false }
                ? Speculatability.Speculatable : Speculatability.NotSpeculatable,
        });
        // Effects and speculatability of its body (scf.execute_region-like).
        AddOperation(new OperationInfo("rt.region", OpTraits.RecursiveMemoryEffects)
        {
            GetSpeculatability = static _ => Speculatability.RecursivelySpeculatable,
        });
        AddOperation(new OperationInfo("rt.yield", OpTraits.Pure | OpTraits.IsTerminator | OpTraits.ReturnLike));
        AddOperation(new OperationInfo("rt.return", OpTraits.Pure | OpTraits.IsTerminator | OpTraits.ReturnLike));
        AddOperation(new OperationInfo("rt.sym", OpTraits.Symbol | OpTraits.Pure));
        AddOperation(new OperationInfo("rt.br", OpTraits.Pure | OpTraits.IsTerminator)
        {
            GetSuccessorOperands = static (op, _) => new SuccessorOperands(op, 0, op.NumOperands),
        });
        // rt.cond_br(%c, true operands..., false operands...) with operandSegmentSizes = [1, n, m].
        AddOperation(new OperationInfo("rt.cond_br", OpTraits.Pure | OpTraits.IsTerminator | OpTraits.AttrSizedOperandSegments)
        {
            InherentAttributes = [OperandSegments.OperandSegmentSizes],
            GetSuccessorOperands = static (op, index) =>
            {
                var (start, length) = OperandSegments.Get(op, OperandSegments.OperandSegmentSizes, 3, index + 1);
                return new SuccessorOperands(op, start, length, new OperandSegment(OperandSegments.OperandSegmentSizes, index + 1));
            },
        });
        // A terminator that does not say what it passes to its successors.
        AddOperation(new OperationInfo("rt.opaque_br", OpTraits.IsTerminator));
    }

    public override void GetCanonicalizationPatterns(RewritePatternSet patterns)
    {
        CanonicalizationCalls++;
        patterns.Add(new NamedPattern(null, "dialect-canonical", patterns.Context));
    }

    private static bool FoldAdd(Operation op, System.ReadOnlySpan<Attribute?> constants, List<OpFoldResult> results)
    {
        if (constants[0] is IntegerAttr a && constants[1] is IntegerAttr b)
        {
            results.Add(IntegerAttr.Get(a.Type, a.SignedValue + b.SignedValue));
            return true;
        }
        if (constants[1] is IntegerAttr { IsZero: true })
        {
            results.Add(op.GetOperand(0));
            return true;
        }
        return false;
    }

    public override Operation? MaterializeConstant(OpBuilder builder, Attribute value, Type type, LocationAttr location)
    {
        if (value is not IntegerAttr)
            return null;
        var state = new OperationState(location, "rt.const");
        state.ResultTypes.Add(type);
        state.Properties = DictionaryAttr.Get(Context, [new NamedAttribute("value", value)]);
        return builder.Create(state);
    }

    /// <summary>A pattern that never matches, identified by its debug name.</summary>
    internal sealed class NamedPattern : RewritePattern
    {
        public NamedPattern(string? root, string name, Context context) : base(root, 1, context) => DebugName = name;

        public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter) => false;
    }
}
