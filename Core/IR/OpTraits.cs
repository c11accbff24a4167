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
}
