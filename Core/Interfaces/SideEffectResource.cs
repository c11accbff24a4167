namespace Dialectic.Core.Interfaces;

/// <summary>
/// A resource that effects act on (MLIR's <c>SideEffects::Resource</c>). Resources compare by reference: declare
/// one as a static field and reuse it. <see cref="Default"/> is the resource of effects that name none.
/// </summary>
public sealed class SideEffectResource
{
    public SideEffectResource(string name) => Name = name;

    /// <summary>The name printed by diagnostics (MLIR's <c>getName</c>).</summary>
    public string Name { get; }

    /// <summary>Memory in general (MLIR's <c>DefaultResource</c>, named <c>&lt;Default&gt;</c>).</summary>
    public static SideEffectResource Default { get; } = new("<Default>");

    /// <summary>Stack memory released when control leaves the nearest automatic allocation scope
    /// (MLIR's <c>AutomaticAllocationScopeResource</c>, where <c>memref.alloca</c> allocates).</summary>
    public static SideEffectResource AutomaticAllocationScope { get; } = new("AutomaticAllocationScope");

    public override string ToString() => Name;
}
