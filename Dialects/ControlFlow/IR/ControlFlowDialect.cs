using Dialectic.Core.Analysis.DataFlow;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.ControlFlow;

/// <summary>The <c>cf</c> dialect (MLIR's <c>cf</c> dialect).</summary>
[DialectOperations("cf")]
public sealed partial class ControlFlowDialect : Dialect
{
    public ControlFlowDialect(Context context) : base(context, "cf") { }

    protected override void Initialize()
    {
        RegisterOperations();
        AddInterface<Core.Interfaces.InlinerInterface>(new Core.Interfaces.InlinerLegalInterface());
        // BranchOpInterface::getSuccessorForOperands, for sparse conditional constant propagation.
        foreach (var info in Operations)
        {
            if (info.Name == "cf.cond_br")
                info.With<SuccessorForOperandsHook>(CondBranchSuccessor);
            else if (info.Name == "cf.switch")
                info.With<SuccessorForOperandsHook>(SwitchSuccessor);
        }
    }

    // cond_br(true) -> trueDest; cond_br(false) -> falseDest.
    private static Block? CondBranchSuccessor(Operation op, System.ReadOnlySpan<Attribute?> operands) =>
        op is CondBranchOp branch && operands.Length > 0 && operands[0] is IntegerAttr cond
            ? (cond.IsZero ? branch.FalseDest : branch.TrueDest)
            : null;

    // switch(c) -> the destination of the case equal to c, else the default.
    private static Block? SwitchSuccessor(Operation op, System.ReadOnlySpan<Attribute?> operands)
    {
        if (op is not SwitchOp sw || operands.Length == 0 || operands[0] is not IntegerAttr flag)
            return null;
        var cases = sw.CaseDestinations;
        for (int i = 0; i < sw.NumCaseValues && i < cases.Count; i++)
            if (sw.GetCaseValueBits(i) == flag.Bits)
                return cases[i];
        return sw.DefaultDestination;
    }
}
