namespace Dialectic.Core.Support;

/// <summary>
/// Base of every context-uniqued object (types, attributes, affine expressions).
/// Invariant: within one <see cref="IR.Context"/>, two uniqued objects of equal key are the same instance,
/// so equality after uniquing is reference equality. <see cref="KeyEquals"/> and <see cref="KeyHash"/>
/// are used only by the uniquer, never by clients.
/// </summary>
public abstract class Uniqued
{
    private int _hash;

    /// <summary>Printer cache: 0 unknown, 1 no aliasable element inside, 2 some (see Syntax.AliasState).</summary>
    internal byte AliasScan;

    /// <summary>Structural hash of the key; computed once.</summary>
    internal int CachedHash
    {
        get
        {
            if (_hash == 0)
            {
                int h = KeyHash();
                _hash = h == 0 ? 1 : h;
            }
            return _hash;
        }
    }

    /// <summary>Hash of the storage key (the fields that define identity).</summary>
    protected abstract int KeyHash();

    /// <summary>Structural equality of the storage key; <paramref name="other"/> has the same runtime type.</summary>
    protected abstract bool KeyEquals(Uniqued other);

    internal bool StructurallyEquals(Uniqued other) =>
        ReferenceEquals(this, other) || (GetType() == other.GetType() && CachedHash == other.CachedHash && KeyEquals(other));

    public sealed override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public sealed override int GetHashCode() => CachedHash;
}
