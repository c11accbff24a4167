using System;
using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Types;

/// <summary>Builtin <c>tuple&lt;T0, T1, ...&gt;</c>.</summary>
public sealed class TupleType : Type
{
    private readonly Type[] _types;

    private TupleType(Context context, Type[] types) : base(context) => _types = types;

    public ReadOnlySpan<Type> Types => _types;

    public static TupleType Get(Context context, params Type[] types) =>
        context.Uniquer.Get(new TupleType(context, (Type[])types.Clone()));

    protected override int KeyHash() => HashHelpers.Hash<Type>(_types) ^ 0x7a;

    protected override bool KeyEquals(Uniqued other) => other is TupleType t && HashHelpers.SequenceEqual(t._types, _types);
}
