using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.Scf;

/// <summary>The <c>scf</c> dialect (MLIR's <c>scf</c> dialect).</summary>
[DialectOperations("scf")]
public sealed partial class ScfDialect : Dialect
{
    public ScfDialect(Context context) : base(context, "scf") { }

    protected override void Initialize()
    {
        RegisterOperations();
        AddInterface<Core.Interfaces.InlinerInterface>(new Core.Interfaces.InlinerLegalInterface());
    }
}
