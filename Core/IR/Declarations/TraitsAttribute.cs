using System;

namespace Dialectic.Core.IR.Declarations;

/// <summary>The traits of an op declared with <see cref="OpAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class TraitsAttribute : System.Attribute
{
    public TraitsAttribute(params OpTrait[] traits) => Traits = traits;

    public OpTrait[] Traits { get; }
}
