using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.Math;

/// <summary>The <c>math</c> dialect (MLIR's <c>math</c> dialect).</summary>
[DialectOperations("math")]
public sealed partial class MathDialect : Dialect
{
    public MathDialect(Context context) : base(context, "math") { }

    protected override void Initialize() => RegisterOperations();
}
