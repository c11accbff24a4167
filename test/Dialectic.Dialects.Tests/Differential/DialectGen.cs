namespace Dialectic.Dialects.Tests.Differential;

/// <summary>
/// Emits random, valid operations of one dialect at the generator's insertion point. One subclass per dialect,
/// so a failing dialect can be switched off (<see cref="GenOptions.Dialects"/>) to narrow a mismatch.
/// </summary>
internal abstract class DialectGen
{
    /// <summary>The dialect this generator emits.</summary>
    public abstract GenDialects Dialect { get; }

    /// <summary>Relative frequency of this dialect's operations.</summary>
    public virtual int Weight => 10;

    /// <summary>Emits one operation (with nested regions when <see cref="GenContext.CanNest"/>), defining its
    /// results in the current scope.</summary>
    public abstract void Emit(GenContext ctx);

    /// <summary>Emits an operation producing a value of type <paramref name="type"/> from nothing (a constant, an
    /// allocation); returns its name, or null when this dialect cannot.</summary>
    public virtual string? TryMaterialize(GenContext ctx, GenType type) => null;
}
