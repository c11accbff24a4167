using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.TableGen.Tests.SampleDialect;

/// <summary>Upstream <c>arith</c> ops and enum attributes re-declared with the generator, for comparison with mlir-opt.</summary>
[DialectOperations("arith")]
public sealed partial class ArithSubsetDialect : Dialect
{
    public ArithSubsetDialect(Context context) : base(context, "arith") { }

    protected override void Initialize() => RegisterOperations();

    /// <summary>The generated enum attributes: <c>#arith.overflow&lt;...&gt;</c>, <c>#arith.fastmath&lt;...&gt;</c>.</summary>
    public override Attribute? ParseAttribute(Dialectic.Core.Syntax.DialectAsmParser parser, Type? type) =>
        (Attribute?)IntegerOverflowFlagsAttr.Parse(parser) ?? FastMathFlagsAttr.Parse(parser);
}
