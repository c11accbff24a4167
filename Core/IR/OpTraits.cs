using System;

namespace Dialectic.Core.IR;

/// <summary>
/// The structural traits the core IR itself understands (verifier, printer, parser). Dialect-specific traits
/// and interfaces are registered on <see cref="OperationInfo"/> as types instead, so dialects can add their own.
/// </summary>
[Flags]
public enum OpTraits : ulong
{
    None = 0,
    /// <summary>Must be the last op of its block.</summary>
    IsTerminator = 1 << 0,
    /// <summary>Regions may not use values defined above.</summary>
    IsIsolatedFromAbove = 1 << 1,
    /// <summary>Blocks of its regions need no terminator.</summary>
    NoTerminator = 1 << 2,
    /// <summary>Its single region is a symbol table.</summary>
    SymbolTable = 1 << 3,
    /// <summary>Each region has at most one block.</summary>
    SingleBlock = 1 << 4,
    /// <summary>Regions are graph regions (no dominance requirement).</summary>
    GraphRegions = 1 << 5,
    /// <summary>Regions' entry blocks take no arguments.</summary>
    NoRegionArguments = 1 << 6,
    /// <summary>Defines a symbol through <c>sym_name</c>.</summary>
    Symbol = 1 << 7,
    /// <summary>Has no side effects.</summary>
    Pure = 1 << 8,
    /// <summary>Returns from its parent region (a return-like terminator).</summary>
    ReturnLike = 1 << 9,
    /// <summary>Ops with this trait may be the implicit top-level container (builtin.module).</summary>
    AffineScope = 1 << 10,
    /// <summary>Operands and results all have one type (verified: "requires the same type for all operands and results").</summary>
    SameOperandsAndResultType = 1 << 11,
    /// <summary>All operands have one type (verified: "requires all operands to have the same type").</summary>
    SameTypeOperands = 1 << 12,
    /// <summary>Operands and results have one shape, or are all scalars (verified).</summary>
    SameOperandsAndResultShape = 1 << 13,
    /// <summary>Operands and results have one element type (verified).</summary>
    SameOperandsAndResultElementType = 1 << 14,
    /// <summary>Operand order does not matter (canonicalization moves constants to the right).</summary>
    Commutative = 1 << 15,
    /// <summary>The op materializes a constant (its result is its value attribute); folding relies on it.</summary>
    ConstantLike = 1 << 16,
    /// <summary>f(f(x)) == f(x).</summary>
    Idempotent = 1 << 17,
    /// <summary>f(f(x)) == x.</summary>
    Involution = 1 << 18,
    /// <summary>Applies element-wise to vectors and tensors of its scalar semantics.</summary>
    ElementwiseMappable = 1 << 19,
    /// <summary>Operand segments are given by the <c>operandSegmentSizes</c> property.</summary>
    AttrSizedOperandSegments = 1 << 20,
    /// <summary>Result segments are given by the <c>resultSegmentSizes</c> property.</summary>
    AttrSizedResultSegments = 1 << 21,
    /// <summary>Memory side effects are those of the ops nested in its regions.</summary>
    RecursiveMemoryEffects = 1 << 22,
}
