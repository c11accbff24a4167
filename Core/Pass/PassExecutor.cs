using System;
using System.Threading;
using Dialectic.Core.Diagnostics;
using Dialectic.Core.IR;
using Dialectic.Core.Pass.Analysis;
using Dialectic.Core.Verification;

namespace Dialectic.Core.Pass;

/// <summary>
/// Runs pipelines and passes (MLIR's <c>OpToOpPassAdaptor::run</c> and <c>runPipeline</c>): the checks before a pass,
/// instrumentation, analysis invalidation and verification after it.
/// </summary>
internal static class PassExecutor
{
    /// <summary>
    /// Runs every pass of <paramref name="pm"/> on <paramref name="op"/> in order, stopping at the first failure.
    /// Nested pipelines get <paramref name="parent"/> for instrumentation; the op's analyses are dropped afterwards.
    /// </summary>
    public static bool RunPipeline(OpPassManager pm, Operation op, AnalysisManager am, PassRunContext rc, PipelineParentInfo? parent)
    {
        try
        {
            if (parent is { } p)
                rc.Instrumentor?.RunBeforePipeline(pm.OpName, p);
            bool ok = true;
            foreach (var pass in pm.Passes)
                if (!RunPass(pass, op, am, rc))
                {
                    ok = false;
                    break;
                }
            // Unlike MLIR, also after a failure: instrumentations keeping a stack per thread stay balanced when
            // the adaptor goes on with the next op.
            if (parent is { } q)
                rc.Instrumentor?.RunAfterPipeline(pm.OpName, q);
            return ok;
        }
        finally
        {
            // As MLIR: analyses of this op are not reused after its pipeline; this keeps the working set small.
            am.Clear();
        }
    }

    /// <summary>Runs one pass on <paramref name="op"/>; false when it failed (a diagnostic says why unless the pass
    /// only signalled failure).</summary>
    public static bool RunPass(Pass pass, Operation op, AnalysisManager am, PassRunContext rc)
    {
        if (!op.IsRegistered)
            return ScheduleError(op, "trying to schedule a pass on an unregistered operation", rc);
        if (!op.HasTrait(OpTraits.IsIsolatedFromAbove))
            return ScheduleError(op, "trying to schedule a pass on an operation not marked as 'IsolatedFromAbove'", rc);
        if (!pass.IsAdaptor && !pass.CanScheduleOn(op.Name))
            return ScheduleError(op, $"trying to schedule pass '{pass.Name}' on an unsupported operation", rc);

        var adaptor = pass as OpToOpPassAdaptor;
        var state = new PassExecutionState(op, am, rc.Output, (pipeline, root) => RunDynamicPipeline(pass, op, am, rc, pipeline, root));
        pass.State = state;
        var instrumentor = rc.Instrumentor;
        bool failed;
        try
        {
            instrumentor?.RunBeforePass(pass, op);
            if (adaptor != null)
                state.Failed |= !adaptor.Run(op, am, rc);
            else
                pass.RunOnOperationInternal();
            failed = state.Failed;
        }
        catch (Exception e) when (e is not OutOfMemoryException and not ThreadInterruptedException)
        {
            op.EmitError($"pass '{pass.Name}' failed with an internal error: {e.GetType().Name}: {e.Message}");
            failed = true;
        }
        finally
        {
            pass.State = null;
        }

        am.Invalidate(state.Preserved);

        // Verify unless the pass failed, preserved everything (so cannot have changed the IR) or is an adaptor
        // (its nested passes verified the ops they changed).
        if (!failed && rc.VerifyPasses && adaptor == null && !state.Preserved.IsAll)
            failed = !Verifier.Verify(op, rc.AttachOpNotes);

        if (instrumentor != null)
        {
            if (failed)
                instrumentor.RunAfterPassFailed(pass, op);
            else
                instrumentor.RunAfterPass(pass, op);
        }
        return !failed;
    }

    private static bool RunDynamicPipeline(Pass pass, Operation op, AnalysisManager am, PassRunContext rc, OpPassManager pipeline, Operation root)
    {
        if (!op.IsAncestorOf(root))
        {
            root.EmitOpError("Trying to schedule a dynamic pipeline on an operation that isn't nested under the current operation the pass is processing");
            return false;
        }
        if (!pipeline.CanScheduleOn(root.Name))
        {
            root.EmitOpError($"can't run '{pipeline.AnchorName}' pass manager on '{root.Name.Name}' op");
            return false;
        }
        if (!pipeline.FinalizePassList() || !pipeline.InitializePasses(root.Context))
            return false;
        var nestedAm = root == op ? am : am.Nest(root);
        return RunPipeline(pipeline, root, nestedAm, rc, new PipelineParentInfo(Environment.CurrentManagedThreadId, pass));
    }

    /// <summary>A scheduling error on <paramref name="op"/> with MLIR's "see current operation" note.</summary>
    internal static bool ScheduleError(Operation op, string message, PassRunContext rc)
    {
        var diag = op.EmitOpError(message);
        if (rc.AttachOpNotes)
            AttachCurrentOperationNote(diag, op);
        return false;
    }

    /// <summary>MLIR's "see current operation:" note: the op in generic form, numbered as in its ancestor.</summary>
    internal static void AttachCurrentOperationNote(Diagnostic diag, Operation op)
    {
        string text = Syntax.AsmPrinter.OperationInContextToString(op);
        diag.AttachNote(op.NumRegions > 0 ? "see current operation: \n" + text : "see current operation: " + text, op.Location);
    }
}
