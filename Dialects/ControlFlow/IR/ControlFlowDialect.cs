using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.ControlFlow;

/// <summary>The <c>cf</c> dialect (MLIR's <c>cf</c> dialect).</summary>
[DialectOperations("cf")]
public sealed partial class ControlFlowDialect : Dialect
{
    public ControlFlowDialect(Context context) : base(context, "cf") { }

    protected override void Initialize() => RegisterOperations();
}
