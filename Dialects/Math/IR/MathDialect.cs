using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Dialects.Arith;

namespace Dialectic.Dialects.Math;

/// <summary>
/// The <c>math</c> dialect (MLIR's <c>math</c>): elementary functions on floats and integers (scalars, vectors and
/// tensors of them), with <c>#arith.fastmath</c> flags on the float ops. It depends on <c>arith</c>, whose
/// attributes it uses and whose <c>arith.constant</c> materializes its folded constants.
/// </summary>
[DialectOperations("math")]
public sealed partial class MathDialect : Dialect
{
    public MathDialect(Context context) : base(context, "math") { }

    protected override void Initialize()
    {
        // Loading math loads arith: the fast-math attribute and folded constants belong to it.
        if (Context.GetDialect("arith") == null)
            Context.RegisterDialect(new ArithDialect(Context));
        RegisterOperations();
        AddInterface<Core.Interfaces.InlinerInterface>(new Core.Interfaces.InlinerLegalInterface());
    }

    /// <summary>Folded constants become <c>arith.constant</c> (upstream delegates to arith's materializer).</summary>
    public override Operation? MaterializeConstant(
        OpBuilder builder, Attribute value, Type type, LocationAttr location) =>
        Context.GetDialect("arith")?.MaterializeConstant(builder, value, type, location);
}
