using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Types;

/// <summary>Builtin <c>index</c>: a target-width integer used for sizes and subscripts.</summary>
public sealed class IndexType : Type
{
    internal IndexType(Context context) : base(context) { }

    public static IndexType Get(Context context) => context.IndexType;

    protected override int KeyHash() => 0x1d3;

    protected override bool KeyEquals(Uniqued other) => other is IndexType;
}
