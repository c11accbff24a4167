namespace Dialectic.Core.IR.Declarations;

/// <summary>
/// ODS traits an op may declare through <see cref="TraitsAttribute"/>. Structural ones map to
/// <see cref="OpTraits"/> flags on the generated <c>OperationInfo</c>; the others become generated verification
/// (<see cref="SameOperandsAndResultType"/>) or generated behaviour (<see cref="AttrSizedOperandSegments"/>).
/// </summary>
public enum OpTrait
{
    /// <summary>No side effects (<see cref="OpTraits.Pure"/>).</summary>
    Pure,
    /// <summary>The result does not depend on the order of the operands.</summary>
    Commutative,
    /// <summary>Must be the last op of its block (<see cref="OpTraits.IsTerminator"/>).</summary>
    Terminator,
    /// <summary>A return-like terminator (<see cref="OpTraits.ReturnLike"/>).</summary>
    ReturnLike,
    /// <summary>Regions may not use values defined above (<see cref="OpTraits.IsIsolatedFromAbove"/>).</summary>
    IsolatedFromAbove,
    /// <summary>Blocks of the regions need no terminator (<see cref="OpTraits.NoTerminator"/>).</summary>
    NoTerminator,
    /// <summary>Each region has at most one block (<see cref="OpTraits.SingleBlock"/>).</summary>
    SingleBlock,
    /// <summary>Entry blocks take no arguments (<see cref="OpTraits.NoRegionArguments"/>).</summary>
    NoRegionArguments,
    /// <summary>The single region is a symbol table (<see cref="OpTraits.SymbolTable"/>).</summary>
    SymbolTable,
    /// <summary>Defines a symbol through <c>sym_name</c> (<see cref="OpTraits.Symbol"/>).</summary>
    Symbol,
    /// <summary>Regions are graph regions (<see cref="OpTraits.GraphRegions"/>).</summary>
    GraphRegions,
    /// <summary>Starts a new affine scope (<see cref="OpTraits.AffineScope"/>).</summary>
    AffineScope,
    /// <summary>All operands and results have one type; verified, and lets builders infer result types.</summary>
    SameOperandsAndResultType,
    /// <summary>All operands have one type; verified.</summary>
    SameTypeOperands,
    /// <summary>Operand group sizes come from the <c>operandSegmentSizes</c> property.</summary>
    AttrSizedOperandSegments,
    /// <summary>Result group sizes come from the <c>resultSegmentSizes</c> property.</summary>
    AttrSizedResultSegments,
}
