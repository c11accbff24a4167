namespace Dialectic.TableGen.Pdll.Compile;

/// <summary>A PDLL type: a kind, and for <see cref="PKind.Op"/> the op name when known (<c>Op&lt;arith.addi&gt;</c>).</summary>
internal sealed record PType(PKind Kind, string? OpName = null)
{
    public static readonly PType None = new(PKind.None);
    public static readonly PType Value = new(PKind.Value);
    public static readonly PType ValueRange = new(PKind.ValueRange);
    public static readonly PType Type = new(PKind.Type);
    public static readonly PType TypeRange = new(PKind.TypeRange);
    public static readonly PType Attr = new(PKind.Attr);
    public static readonly PType AnyOp = new(PKind.Op);

    public static PType Op(string? name) => name == null ? AnyOp : new PType(PKind.Op, name);

    /// <summary>How PDLL spells the type in messages.</summary>
    public override string ToString() => Kind switch
    {
        PKind.Op => OpName == null ? "Op" : "Op<" + OpName + ">",
        PKind.None => "nothing",
        _ => Kind.ToString(),
    };
}
