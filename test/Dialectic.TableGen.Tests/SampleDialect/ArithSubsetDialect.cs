using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.TableGen.Tests.SampleDialect;

/// <summary>Two upstream <c>arith</c> ops re-declared with the generator, for comparison with mlir-opt.</summary>
[DialectOperations("arith")]
public sealed partial class ArithSubsetDialect : Dialect
{
    public ArithSubsetDialect(Context context) : base(context, "arith") { }

    protected override void Initialize() => RegisterOperations();
}
