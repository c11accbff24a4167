using System;
using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Attributes;

/// <summary>
/// An attribute of an unregistered dialect kept as raw text (<c>#arith.overflow&lt;none&gt;</c>,
/// <c>#ns&lt;"..."&gt;</c>); printing reproduces <see cref="Data"/> verbatim.
/// </summary>
public sealed class OpaqueAttr : Attribute
{
    private OpaqueAttr(Context context, string dialect, string data) : base(context)
    {
        DialectNamespace = dialect;
        Data = data;
    }

    public string DialectNamespace { get; }

    /// <summary>The text after the namespace: <c>overflow&lt;none&gt;</c>, or the body of <c>#ns&lt;body&gt;</c>.</summary>
    public string Data { get; }

    public static OpaqueAttr Get(Context context, string dialect, string data) =>
        context.Uniquer.Get(new OpaqueAttr(context, dialect, data));

    protected override int KeyHash() => HashCode.Combine(DialectNamespace, Data, 0x0a);

    protected override bool KeyEquals(Uniqued other) =>
        other is OpaqueAttr o && o.DialectNamespace == DialectNamespace && o.Data == Data;
}
