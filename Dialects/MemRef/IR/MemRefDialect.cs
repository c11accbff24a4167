using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.MemRef;

/// <summary>The <c>memref</c> dialect (MLIR's <c>memref</c> dialect).</summary>
[DialectOperations("memref")]
public sealed partial class MemRefDialect : Dialect
{
    public MemRefDialect(Context context) : base(context, "memref") { }

    protected override void Initialize() => RegisterOperations();
}
