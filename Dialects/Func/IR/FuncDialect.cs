using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.Func;

/// <summary>The <c>func</c> dialect: functions, calls and returns (MLIR's <c>func</c> dialect).</summary>
[DialectOperations("func")]
public sealed partial class FuncDialect : Dialect
{
    public FuncDialect(Context context) : base(context, "func") { }

    protected override void Initialize()
    {
        // Same as the generated RegisterOperations(), except that func.constant also names its result `%f`
        // (MLIR's OpAsmOpInterface::getAsmResultNames), a hook the generator does not emit yet.
        AddOperation(CallOp.Info);
        AddOperation(CallIndirectOp.Info);
        AddOperation(WithResultName(ConstantOp.Info));
        AddOperation(FuncOp.Info);
        AddOperation(ReturnOp.Info);
    }

    private static OperationInfo WithResultName(OperationInfo info) =>
        new(info.Name, info.Traits)
        {
            Factory = info.Factory,
            InherentAttributes = info.InherentAttributes,
            DefaultDialect = info.DefaultDialect,
            Summary = info.Summary,
            Description = info.Description,
            Verify = info.Verify,
            Parse = info.Parse,
            Print = info.Print,
            Fold = info.Fold,
            ConstantAttributeName = info.ConstantAttributeName,
            GetAsmBlockArgumentNames = info.GetAsmBlockArgumentNames,
            GetAsmResultNames = static (op, setName) => setName(op.GetResult(0), "f"),
        };
}
