using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.Index;

/// <summary>The <c>index</c> dialect (MLIR's <c>index</c> dialect).</summary>
[DialectOperations("index")]
public sealed partial class IndexDialect : Dialect
{
    public IndexDialect(Context context) : base(context, "index") { }

    protected override void Initialize() => RegisterOperations();
}
