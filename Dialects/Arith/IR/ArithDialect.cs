using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.Arith;

/// <summary>The <c>arith</c> dialect (MLIR's <c>arith</c> dialect).</summary>
[DialectOperations("arith")]
public sealed partial class ArithDialect : Dialect
{
    public ArithDialect(Context context) : base(context, "arith") { }

    protected override void Initialize() => RegisterOperations();
}
