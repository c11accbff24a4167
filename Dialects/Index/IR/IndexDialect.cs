using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;

namespace Dialectic.Dialects.Index;

/// <summary>
/// The <c>index</c> dialect (MLIR's <c>index</c>): arithmetic, comparison and casts on <c>index</c> values whose
/// width (32 or 64 bits) is the target's, so its folders only fold what holds for both widths.
/// </summary>
[DialectOperations("index")]
public sealed partial class IndexDialect : Dialect
{
    public IndexDialect(Context context) : base(context, "index") { }

    protected override void Initialize()
    {
        RegisterOperations();
        AddInterface<Core.Interfaces.InlinerInterface>(new Core.Interfaces.InlinerLegalInterface());
    }

    /// <summary>The dialect attribute <c>#index&lt;cmp_predicate slt&gt;</c>; null for anything else.</summary>
    public override Attribute? ParseAttribute(Dialectic.Core.Syntax.DialectAsmParser parser, Type? type) =>
        IndexCmpPredicateAttr.Parse(parser);

    /// <summary>
    /// Folded constants: an <c>i1</c> becomes <c>index.bool.constant</c>, an index integer <c>index.constant</c>;
    /// anything else is not this dialect's to build (null).
    /// </summary>
    public override Operation? MaterializeConstant(
        OpBuilder builder, Attribute value, Type type, LocationAttr location)
    {
        if (value is IntegerAttr { Type: IntegerType { Width: 1, IsSignless: true } } boolValue)
            return type is IntegerType { Width: 1, IsSignless: true }
                ? BoolConstantOp.Create(builder, location, type, boolValue)
                : null;
        if (value is IntegerAttr { Type: IndexType } indexValue && type is IndexType)
            return ConstantOp.Create(builder, location, type, indexValue);
        return null;
    }
}
