using System;
using System.Collections.Generic;
using System.IO;
using Dialectic.Core.IR;
using Dialectic.Core.Pass;
using Dialectic.Core.Pass.Instrumentation;
using Dialectic.Core.Syntax;

namespace Dialectic.Tools.Opt;

/// <summary>
/// Builds the pass manager of one dialectic-opt run from the command line, as mlir-opt's <c>performActions</c>: a
/// manager on the top-level op with implicit nesting; instrumentation from the <c>--mlir-*</c> flags (crash
/// reproducer, statistics, IR printing, then timing); the reproducer's pipeline with <c>--run-reproducer</c>; then
/// <c>--pass-pipeline</c> or the pass flags. Errors are diagnostics at an unknown location, worded as mlir-opt's.
/// </summary>
internal static class OptPassSetup
{
    public static PassManager? Create(Context context, Operation root, OptOptions options, PassRegistry registry,
        TextWriter stderr, PrintingFlags flags, TimingManager? timing)
    {
        var unknown = context.UnknownLoc;
        var pm = new PassManager(context, root.Name.Name, PassNesting.Implicit)
        {
            VerifyPasses = options.VerifyEach,
            Multithreading = !options.DisableThreading,
            AttachOperationNotes = !options.VerifyDiagnostics,
            Output = stderr,
            PrintingFlags = flags,
        };

        PassReproducerOptions? reproducer = null;
        if (options.RunReproducer)
        {
            if (!PassReproducerOptions.TryRead(context, out var read, out string? readError))
            {
                context.EmitError(unknown, readError!);
                return null;
            }
            reproducer = read;
            // The reproducer's threading setting applies before the instrumentation checks, as in mlir-opt.
            if (read.DisableThreading is { } disable)
                pm.Multithreading = !disable;
        }

        // applyPassManagerCLOptions.
        if (options.ReproducerFile is { } file && !pm.EnableCrashReproducerGeneration(file, options.LocalReproducer, out string? reproError))
        {
            context.EmitError(unknown, reproError!);
            return null;
        }
        if (options.PassStatistics)
            pm.EnableStatistics(options.PassStatisticsDisplay);
        if (options.PrintIRModuleScope && pm.Multithreading)
        {
            context.EmitError(unknown, "IR print for module scope can't be setup on a pass-manager without disabling multi-threading first.\n");
            return null;
        }
        AddPrinter(pm, options);
        if (timing != null)
            pm.EnableTiming(timing.RootScope);

        if (reproducer != null)
        {
            if (reproducer.Pipeline is { } text)
            {
                if (!registry.TryParsePipeline(text, out var parsed, out string? error))
                {
                    context.EmitError(unknown, error!);
                    return null;
                }
                pm.ReplaceWith(parsed!);
            }
            if (reproducer.VerifyEach is { } verify)
                pm.VerifyPasses = verify;
        }

        // PassPipelineCLParser::addToPipeline.
        if (options.PassPipeline is { } pipeline)
        {
            if (options.PassFlags.Count > 0)
            {
                context.EmitError(unknown, "'-pass-pipeline' option can't be used with individual pass options");
                return null;
            }
            if (!registry.TryParsePipeline(pipeline, out var parsed, out string? error))
            {
                context.EmitError(unknown, error!);
                return null;
            }
            pm.ReplaceWith(parsed!);
        }
        foreach (var flag in options.PassFlags)
        {
            var entry = registry.Lookup(flag.Argument)!;
            if (!entry.TryAddToPipeline(pm, flag.Options, out string? error))
            {
                context.EmitError(unknown, error!);
                return null;
            }
        }
        if (options.DumpPassPipeline)
        {
            stderr.Write(pm.Dump());
            stderr.Write("\n");
        }
        return pm;
    }

    private static void AddPrinter(PassManager pm, OptOptions options)
    {
        Func<Pass, Operation, bool>? before = null, after = null;
        if (options.PrintIRBeforeAll)
            before = static (_, _) => true;
        else if (options.PrintIRBefore.Count > 0)
        {
            var names = new HashSet<string>(options.PrintIRBefore, StringComparer.Ordinal);
            before = (pass, _) => names.Contains(pass.Argument);
        }
        if (options.PrintIRAfterAll || options.PrintIRAfterFailure)
            after = static (_, _) => true;
        else if (options.PrintIRAfter.Count > 0)
        {
            var names = new HashSet<string>(options.PrintIRAfter, StringComparer.Ordinal);
            after = (pass, _) => names.Contains(pass.Argument);
        }
        if (before == null && after == null)
            return;
        pm.EnableIRPrinting(new IRPrinterConfig
        {
            ShouldPrintBeforePass = before,
            ShouldPrintAfterPass = after,
            PrintModuleScope = options.PrintIRModuleScope,
            PrintAfterOnlyOnChange = options.PrintIRAfterChange,
            PrintAfterOnlyOnFailure = options.PrintIRAfterFailure,
        });
    }
}
