using System;

namespace Dialectic.Core.IR.Declarations;

/// <summary>
/// The traits of an op declared with <see cref="OpAttribute"/>; the generated <c>OperationInfo</c> carries their
/// union. <see cref="OpTraits.AttrSizedOperandSegments"/> also shapes the generated accessors and builder.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class TraitsAttribute : System.Attribute
{
    public TraitsAttribute(params OpTraits[] traits) => Traits = traits;

    public OpTraits[] Traits { get; }
}
