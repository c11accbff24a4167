using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Attributes;

/// <summary>
/// <c>distinct[N]&lt;attr&gt;</c>: an attribute with identity. Every <see cref="Create"/> returns a new instance,
/// never equal to another; the printer renumbers N in order of appearance.
/// </summary>
public sealed class DistinctAttr : Attribute
{
    private DistinctAttr(Attribute referenced, long id) : base(referenced.Context)
    {
        ReferencedAttr = referenced;
        Id = id;
    }

    public Attribute ReferencedAttr { get; }

    /// <summary>Creation order within the context (not the printed number).</summary>
    public long Id { get; }

    public static DistinctAttr Create(Attribute referenced) =>
        referenced.Context.Uniquer.Get(new DistinctAttr(referenced, referenced.Context.NextDistinctId()));

    protected override int KeyHash() => Id.GetHashCode();

    protected override bool KeyEquals(Uniqued other) => ReferenceEquals(this, other);
}
