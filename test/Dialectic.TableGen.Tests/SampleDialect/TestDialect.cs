using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.TableGen.Tests.SampleDialect;

/// <summary>The sample <c>test</c> dialect: its ops are declared in this folder and registered by the generator.</summary>
[DialectOperations("test")]
public sealed partial class TestDialect : Dialect
{
    public TestDialect(Context context) : base(context, "test") { }

    protected override void Initialize() => RegisterOperations();
}
