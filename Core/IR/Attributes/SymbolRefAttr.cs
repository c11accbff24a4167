using System;
using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Attributes;

/// <summary>
/// Builtin symbol reference <c>@root::@nested::@leaf</c>; with no nested references it is a flat reference
/// (MLIR's FlatSymbolRefAttr).
/// </summary>
public sealed class SymbolRefAttr : Attribute
{
    private readonly string[] _nested;

    private SymbolRefAttr(Context context, string root, string[] nested) : base(context)
    {
        RootReference = root;
        _nested = nested;
    }

    public string RootReference { get; }

    public ReadOnlySpan<string> NestedReferences => _nested;

    public bool IsFlat => _nested.Length == 0;

    /// <summary>The last name of the path.</summary>
    public string LeafReference => _nested.Length == 0 ? RootReference : _nested[^1];

    public static SymbolRefAttr Get(Context context, string root, params string[] nested) =>
        context.Uniquer.Get(new SymbolRefAttr(context, root, (string[])nested.Clone()));

    protected override int KeyHash() => HashCode.Combine(RootReference, HashHelpers.Hash<string>(_nested));

    protected override bool KeyEquals(Uniqued other) =>
        other is SymbolRefAttr s && s.RootReference == RootReference && s._nested.AsSpan().SequenceEqual(_nested);
}
