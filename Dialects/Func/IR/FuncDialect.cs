using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.Func;

/// <summary>The <c>func</c> dialect: functions, calls and returns (MLIR's <c>func</c> dialect).</summary>
[DialectOperations("func")]
public sealed partial class FuncDialect : Dialect
{
    public FuncDialect(Context context) : base(context, "func") { }

    protected override void Initialize() => RegisterOperations();
}
