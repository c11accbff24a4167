namespace Dialectic.TableGen.Pdll.Compile;

/// <summary>The kinds of PDLL values.</summary>
internal enum PKind
{
    None,
    Value,
    ValueRange,
    Type,
    TypeRange,
    Attr,
    Op,
}
