using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.Verification;
using Xunit;

namespace Dialectic.Core.Tests.Verification;

/// <summary>Verifying an op that sits in a block outside any region reports, never crashes.</summary>
public sealed class DetachedBlockTests
{
    [Fact]
    public void OpsInDetachedBlocksVerifyWithoutCrashing()
    {
        var ctx = new Context { AllowUnregisteredDialects = true };
        var errors = new List<string>();
        using var handler = ctx.Diagnostics.AddHandler(d =>
        {
            errors.Add(d.Message);
            return true;
        });
        var i32 = ctx.I(32);
        var block = new Block();
        var def = Operation.Create(new OperationState(ctx.UnknownLoc, "t.def") { ResultTypes = { i32 } });
        var use = Operation.Create(new OperationState(ctx.UnknownLoc, "t.use") { Operands = { def.GetResult(0) } });
        block.Append(def);
        block.Append(use);
        Assert.True(Verifier.Verify(use, attachOpNotes: false));

        var early = Operation.Create(new OperationState(ctx.UnknownLoc, "t.use") { Operands = { def.GetResult(0) } });
        block.InsertBefore(def, early);
        Assert.False(Verifier.Verify(early, attachOpNotes: false));
        Assert.Equal(["operand #0 does not dominate this use"], errors);
    }
}
