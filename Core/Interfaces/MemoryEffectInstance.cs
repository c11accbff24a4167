using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Core.Interfaces;

/// <summary>
/// One memory effect of an op (MLIR's <c>MemoryEffects::EffectInstance</c>): its kind, the resource, and what it
/// acts on: an operand (<see cref="Operand"/> and its <see cref="Value"/>), a result or block argument
/// (<see cref="Value"/> only), a symbol, or nothing (the whole resource).
/// </summary>
public readonly struct MemoryEffectInstance
{
    /// <summary>An effect on the whole <paramref name="resource"/> (default: <see cref="SideEffectResource.Default"/>).</summary>
    public MemoryEffectInstance(MemoryEffectKind kind, SideEffectResource? resource = null, int stage = 0, bool effectOnFullRegion = false)
        : this(kind, null, null, null, resource, stage, effectOnFullRegion) { }

    /// <summary>An effect on the memory an operand refers to (MLIR's <c>Arg&lt;..., [MemRead]&gt;</c>).</summary>
    public MemoryEffectInstance(MemoryEffectKind kind, OpOperand operand, SideEffectResource? resource = null, int stage = 0, bool effectOnFullRegion = false)
        : this(kind, operand.Value, operand, null, resource, stage, effectOnFullRegion) { }

    /// <summary>An effect on a result or block argument (MLIR's <c>Res&lt;..., [MemAlloc]&gt;</c>).</summary>
    public MemoryEffectInstance(MemoryEffectKind kind, Value value, SideEffectResource? resource = null, int stage = 0, bool effectOnFullRegion = false)
        : this(kind, value, null, null, resource, stage, effectOnFullRegion) { }

    /// <summary>An effect on the memory a symbol names.</summary>
    public MemoryEffectInstance(MemoryEffectKind kind, SymbolRefAttr symbol, SideEffectResource? resource = null, int stage = 0, bool effectOnFullRegion = false)
        : this(kind, null, null, symbol, resource, stage, effectOnFullRegion) { }

    private MemoryEffectInstance(MemoryEffectKind kind, Value? value, OpOperand? operand, SymbolRefAttr? symbol,
        SideEffectResource? resource, int stage, bool effectOnFullRegion)
    {
        Kind = kind;
        Value = value;
        Operand = operand;
        Symbol = symbol;
        Resource = resource ?? SideEffectResource.Default;
        Stage = stage;
        EffectOnFullRegion = effectOnFullRegion;
    }

    public MemoryEffectKind Kind { get; }

    /// <summary>The value the effect acts on (an operand's value, a result, a block argument), or null.</summary>
    public Value? Value { get; }

    /// <summary>The operand the effect acts on, when it was declared on an operand.</summary>
    public OpOperand? Operand { get; }

    /// <summary>The symbol the effect acts on, or null.</summary>
    public SymbolRefAttr? Symbol { get; }

    public SideEffectResource Resource { get; }

    /// <summary>When the effect happens relative to the op's other effects (lower first; MLIR's stage).</summary>
    public int Stage { get; }

    /// <summary>The effect covers the whole value it acts on (MLIR's <c>FullEffect</c>), not just a part.</summary>
    public bool EffectOnFullRegion { get; }

    public override string ToString() => $"{Kind} on {Resource.Name}";
}
