namespace Dialectic.Core.IR;

/// <summary>
/// An interned operation name (<c>"arith.addi"</c>). One instance per name per context, so names compare by
/// reference. <see cref="Info"/> is non-null once the op is registered by a dialect.
/// </summary>
public sealed class OperationName
{
    internal OperationName(Context context, string name, OperationInfo? info)
    {
        Context = context;
        Name = name;
        Info = info;
        int dot = name.IndexOf('.');
        DialectNamespace = dot < 0 ? "" : name.Substring(0, dot);
    }

    public Context Context { get; }

    /// <summary>The full name, <c>dialect.mnemonic</c>.</summary>
    public string Name { get; }

    /// <summary>The text before the first dot (empty when there is none).</summary>
    public string DialectNamespace { get; }

    /// <summary>Registration info, or null for an unregistered op.</summary>
    public OperationInfo? Info { get; internal set; }

    public bool IsRegistered => Info != null;

    /// <summary>True when the op is registered and has <paramref name="trait"/>.</summary>
    public bool HasTrait(OpTraits trait) => Info != null && (Info.Traits & trait) == trait;

    public override string ToString() => Name;
}
