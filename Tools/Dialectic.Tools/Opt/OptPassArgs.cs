using System.Collections.Generic;
using Dialectic.Core.Pass;
using Dialectic.Core.Pass.Instrumentation;
using Dialectic.Tools.CommandLine;

namespace Dialectic.Tools.Opt;

/// <summary>The pass manager part of dialectic-opt's command line: mlir-opt's pass flags, in its spelling.</summary>
internal static class OptPassArgs
{
    /// <summary>
    /// Reads the reader's current flag as a pass manager flag or as the flag of a registered pass or pipeline;
    /// anything else is reported as an unknown argument. Errors are written by <paramref name="reader"/>.
    /// </summary>
    public static void Read(CommandLineReader reader, PassRegistry registry, ref OptOptions options)
    {
        string flag = reader.Name;
        switch (flag)
        {
            case "pass-pipeline":
                options = options with { PassPipeline = reader.TakeValue() };
                return;
            case "dump-pass-pipeline":
                options = options with { DumpPassPipeline = reader.BoolValue() };
                return;
            case "list-passes":
                options = options with { ListPasses = reader.BoolValue() };
                return;
            case "mlir-disable-threading":
                options = options with { DisableThreading = reader.BoolValue() };
                return;
            case "mlir-print-ir-before":
            case "mlir-print-ir-after":
            {
                // A comma-separated list whose value is optional: a bare flag names the pass '' (not found).
                var names = new List<string>(flag == "mlir-print-ir-before" ? options.PrintIRBefore : options.PrintIRAfter);
                foreach (string name in (reader.InlineValue ?? "").Split(','))
                {
                    if (registry.LookupPass(name) == null)
                    {
                        reader.ReportOptionError($"Cannot find option named '{name}'!");
                        return;
                    }
                    names.Add(name);
                }
                options = flag == "mlir-print-ir-before" ? options with { PrintIRBefore = names } : options with { PrintIRAfter = names };
                return;
            }
            case "mlir-print-ir-before-all":
                options = options with { PrintIRBeforeAll = reader.BoolValue() };
                return;
            case "mlir-print-ir-after-all":
                options = options with { PrintIRAfterAll = reader.BoolValue() };
                return;
            case "mlir-print-ir-after-change":
                options = options with { PrintIRAfterChange = reader.BoolValue() };
                return;
            case "mlir-print-ir-after-failure":
                options = options with { PrintIRAfterFailure = reader.BoolValue() };
                return;
            case "mlir-print-ir-module-scope":
                options = options with { PrintIRModuleScope = reader.BoolValue() };
                return;
            case "mlir-timing":
                options = options with { Timing = reader.BoolValue() };
                return;
            case "mlir-timing-display":
            {
                if (!reader.TryTakeValue(out string value))
                    return;
                if (value == "list")
                    options = options with { TimingDisplay = TimingDisplayMode.List };
                else if (value == "tree")
                    options = options with { TimingDisplay = TimingDisplayMode.Tree };
                else
                    reader.ReportOptionError($"Cannot find option named '{value}'!");
                return;
            }
            case "mlir-pass-statistics":
                options = options with { PassStatistics = reader.BoolValue() };
                return;
            case "mlir-pass-statistics-display":
            {
                if (!reader.TryTakeValue(out string value))
                    return;
                if (value == "list")
                    options = options with { PassStatisticsDisplay = PassDisplayMode.List };
                else if (value == "pipeline")
                    options = options with { PassStatisticsDisplay = PassDisplayMode.Pipeline };
                else
                    reader.ReportOptionError($"Cannot find option named '{value}'!");
                return;
            }
            case "mlir-pass-pipeline-crash-reproducer":
            {
                // An empty file name is mlir-opt's default: no reproducer.
                string file = reader.TakeValue();
                options = options with { ReproducerFile = file.Length == 0 ? null : file };
                return;
            }
            case "mlir-pass-pipeline-local-reproducer":
                options = options with { LocalReproducer = reader.BoolValue() };
                return;
            case "run-reproducer":
                options = options with { RunReproducer = reader.BoolValue() };
                return;
        }
        if (registry.Lookup(flag) is { } entry)
        {
            options = options with { PassFlags = [.. options.PassFlags, new PassFlag(entry.Argument, reader.InlineValue ?? "")] };
            return;
        }
        reader.ReportUnknown();
    }
}
