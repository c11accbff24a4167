using System;
using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Attributes;

/// <summary><c>loc(callsite(callee at caller))</c>.</summary>
public sealed class CallSiteLoc : LocationAttr
{
    private CallSiteLoc(LocationAttr callee, LocationAttr caller) : base(callee.Context)
    {
        Callee = callee;
        Caller = caller;
    }

    public LocationAttr Callee { get; }
    public LocationAttr Caller { get; }

    public static CallSiteLoc Get(LocationAttr callee, LocationAttr caller) =>
        callee.Context.Uniquer.Get(new CallSiteLoc(callee, caller));

    protected override int KeyHash() => HashCode.Combine(Callee, Caller, 0xca);

    protected override bool KeyEquals(Uniqued other) => other is CallSiteLoc c && c.Callee == Callee && c.Caller == Caller;
}
