using System;
using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Types;

/// <summary>
/// A type of an unregistered dialect, kept as its raw text: <c>!dialect.data</c> or <c>!dialect&lt;data&gt;</c>.
/// Printing reproduces the body verbatim.
/// </summary>
public sealed class OpaqueType : Type
{
    private OpaqueType(Context context, string dialect, string data) : base(context)
    {
        DialectNamespace = dialect;
        Data = data;
    }

    public string DialectNamespace { get; }

    /// <summary>The symbol body after the dialect namespace, e.g. <c>ptr</c> or <c>struct&lt;(i32)&gt;</c>.</summary>
    public string Data { get; }

    public static OpaqueType Get(Context context, string dialect, string data) =>
        context.Uniquer.Get(new OpaqueType(context, dialect, data));

    protected override int KeyHash() => HashCode.Combine(DialectNamespace, Data);

    protected override bool KeyEquals(Uniqued other) =>
        other is OpaqueType o && o.DialectNamespace == DialectNamespace && o.Data == Data;
}
