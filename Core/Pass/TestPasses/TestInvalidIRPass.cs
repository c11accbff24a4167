using Dialectic.Core.IR;

namespace Dialectic.Core.Pass.TestPasses;

/// <summary>
/// <c>-test-pass-create-invalid-ir</c>: inserts an op using its own result at the start of the body of the op it runs
/// on (a dominance error the verifier after the pass reports), and can signal failure. MLIR's pass of the same name
/// inserts an op of its test dialect instead.
/// </summary>
public sealed class TestInvalidIRPass : Pass<TestInvalidIROptions>
{
    public override string Argument => "test-pass-create-invalid-ir";
    public override string Name => "(anonymous namespace)::TestInvalidIRPass";
    public override string Description => "Test pass that adds an invalid operation in a function body";

    protected override void RunOnOperation()
    {
        if (Options.SignalPassFailure)
            SignalPassFailure();
        if (!Options.EmitInvalidIR || Operation.NumRegions == 0 || Operation.Regions[0].FirstBlock is not { } body)
            return;
        var state = new OperationState(Context.UnknownLoc, "builtin.unrealized_conversion_cast");
        state.ResultTypes.Add(Context.I(32));
        var cast = IR.Operation.Create(state);
        body.InsertBefore(body.FirstOp, cast);
        cast.SetOperands([cast.GetResult(0)]);
    }
}
