using System.Collections.Generic;
using System.IO;
using Dialectic.Core.Pass;
using Dialectic.Core.Pass.Instrumentation;

namespace Dialectic.Tools.Opt;

/// <summary>The pass manager part of dialectic-opt's command line: mlir-opt's pass flags, in its spelling.</summary>
internal static class OptPassArgs
{
    /// <summary>The pass manager flags, and one flag per registered pass or pipeline; false after an error in
    /// llvm::cl's words.</summary>
    public static bool TryParse(string flag, string? value, string arg, TextWriter stderr, PassRegistry registry, ref OptOptions options)
    {
        switch (flag)
        {
            case "pass-pipeline":
                if (value == null)
                {
                    stderr.WriteLine("dialectic-opt: for the --pass-pipeline option: requires a value!");
                    return false;
                }
                options = options with { PassPipeline = value };
                return true;
            case "dump-pass-pipeline":
                options = options with { DumpPassPipeline = OptMain.ParseBool(value) };
                return true;
            case "list-passes":
                options = options with { ListPasses = true };
                return true;
            case "mlir-disable-threading":
                options = options with { DisableThreading = OptMain.ParseBool(value) };
                return true;
            case "mlir-print-ir-before":
            case "mlir-print-ir-after":
            {
                var names = new List<string>(flag == "mlir-print-ir-before" ? options.PrintIRBefore : options.PrintIRAfter);
                foreach (string name in (value ?? "").Split(','))
                {
                    if (registry.LookupPass(name) == null)
                    {
                        stderr.WriteLine($"dialectic-opt: for the --{flag} option: Cannot find option named '{name}'!");
                        return false;
                    }
                    names.Add(name);
                }
                options = flag == "mlir-print-ir-before" ? options with { PrintIRBefore = names } : options with { PrintIRAfter = names };
                return true;
            }
            case "mlir-print-ir-before-all":
                options = options with { PrintIRBeforeAll = OptMain.ParseBool(value) };
                return true;
            case "mlir-print-ir-after-all":
                options = options with { PrintIRAfterAll = OptMain.ParseBool(value) };
                return true;
            case "mlir-print-ir-after-change":
                options = options with { PrintIRAfterChange = OptMain.ParseBool(value) };
                return true;
            case "mlir-print-ir-after-failure":
                options = options with { PrintIRAfterFailure = OptMain.ParseBool(value) };
                return true;
            case "mlir-print-ir-module-scope":
                options = options with { PrintIRModuleScope = OptMain.ParseBool(value) };
                return true;
            case "mlir-timing":
                options = options with { Timing = OptMain.ParseBool(value) };
                return true;
            case "mlir-timing-display":
                switch (value)
                {
                    case "list":
                        options = options with { TimingDisplay = TimingDisplayMode.List };
                        return true;
                    case "tree":
                        options = options with { TimingDisplay = TimingDisplayMode.Tree };
                        return true;
                }
                stderr.WriteLine($"dialectic-opt: for the --mlir-timing-display option: Cannot find option named '{value}'!");
                return false;
            case "mlir-pass-statistics":
                options = options with { PassStatistics = OptMain.ParseBool(value) };
                return true;
            case "mlir-pass-statistics-display":
                switch (value)
                {
                    case "list":
                        options = options with { PassStatisticsDisplay = PassDisplayMode.List };
                        return true;
                    case "pipeline":
                        options = options with { PassStatisticsDisplay = PassDisplayMode.Pipeline };
                        return true;
                }
                stderr.WriteLine($"dialectic-opt: for the --mlir-pass-statistics-display option: Cannot find option named '{value}'!");
                return false;
            case "mlir-pass-pipeline-crash-reproducer":
                if (string.IsNullOrEmpty(value))
                {
                    stderr.WriteLine("dialectic-opt: for the --mlir-pass-pipeline-crash-reproducer option: requires a value!");
                    return false;
                }
                options = options with { ReproducerFile = value };
                return true;
            case "mlir-pass-pipeline-local-reproducer":
                options = options with { LocalReproducer = OptMain.ParseBool(value) };
                return true;
            case "run-reproducer":
                options = options with { RunReproducer = OptMain.ParseBool(value) };
                return true;
        }
        if (registry.Lookup(flag) is { } entry)
        {
            options = options with { PassFlags = [.. options.PassFlags, new PassFlag(entry.Argument, value ?? "")] };
            return true;
        }
        stderr.WriteLine($"dialectic-opt: Unknown command line argument '{arg}'.  Try: 'dialectic-opt --help'");
        return false;
    }

}
