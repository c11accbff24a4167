namespace Dialectic.Core.IR.Attributes;

/// <summary>Base of every location: where an op, block argument or diagnostic comes from.</summary>
public abstract class LocationAttr : Attribute
{
    protected LocationAttr(Context context) : base(context) { }
}
