using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.Arith;

/// <summary>
/// The <c>arith</c> dialect (MLIR's <c>arith</c>): integer and floating-point arithmetic, bitwise, shift, cast and
/// compare ops on scalars and on vectors and tensors of them, with the enum attributes <c>#arith.overflow</c> and
/// <c>#arith.fastmath</c>.
/// </summary>
[DialectOperations("arith")]
public sealed partial class ArithDialect : Dialect
{
    public ArithDialect(Context context) : base(context, "arith") { }

    protected override void Initialize()
    {
        RegisterOperations();
        AddInterface<Core.Interfaces.InlinerInterface>(new Core.Interfaces.InlinerLegalInterface());
    }

    /// <summary>Folded constants become <c>arith.constant</c> when the value can have the type (see
    /// <see cref="ConstantOp.IsBuildableWith"/>); null otherwise.</summary>
    public override Operation? MaterializeConstant(OpBuilder builder, Attribute value, Type type,
        Core.IR.Attributes.LocationAttr location) => ConstantOp.Materialize(builder, value, type, location);

    /// <summary>The dialect attributes <c>#arith.overflow&lt;...&gt;</c> and <c>#arith.fastmath&lt;...&gt;</c>; null
    /// for
    /// any other mnemonic (the parser then reports it).</summary>
    public override Attribute? ParseAttribute(Dialectic.Core.Syntax.DialectAsmParser parser, Type? type) =>
        (Attribute?)IntegerOverflowFlagsAttr.Parse(parser) ?? FastMathFlagsAttr.Parse(parser);
}
