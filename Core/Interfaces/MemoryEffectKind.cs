namespace Dialectic.Core.Interfaces;

/// <summary>What an operation does to a memory resource (MLIR's <c>MemoryEffects::Effect</c> subclasses).</summary>
public enum MemoryEffectKind
{
    /// <summary>Allocates the resource (a new, not yet visible value: <c>memref.alloc</c>).</summary>
    Allocate,
    /// <summary>Releases the resource (<c>memref.dealloc</c>).</summary>
    Free,
    /// <summary>Reads from the resource.</summary>
    Read,
    /// <summary>Writes to the resource.</summary>
    Write,
}
