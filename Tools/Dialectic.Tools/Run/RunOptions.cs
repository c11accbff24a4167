using System;
using System.Collections.Generic;
using System.IO;
using Dialectic.Tools.CommandLine;

namespace Dialectic.Tools.Run;

/// <summary>dialectic-run's command line, spelled as mlir-runner's (LLVM command-line conventions: one or two
/// dashes, values after <c>=</c> or as the next argument).</summary>
public sealed record RunOptions
{
    /// <summary>The input file; <c>-</c> is standard input.</summary>
    public string Input { get; init; } = "-";

    /// <summary>The function called (<c>-e</c>, default <c>main</c>).</summary>
    public string EntryPoint { get; init; } = "main";

    /// <summary>The <c>-entry-point-result</c> text as given (default <c>f32</c>, as mlir-runner's).</summary>
    public string EntryPointResultText { get; init; } = "f32";

    /// <summary>The optimization level of <c>-O0</c>..<c>-O3</c>; null when none was given.</summary>
    public int? OptLevel { get; init; }

    /// <summary>The <c>--shared-libs</c> paths in order (comma-separated values and repeated flags
    /// accumulate).</summary>
    public IReadOnlyList<string> SharedLibs { get; init; } = [];

    /// <summary><c>--help</c> was given.</summary>
    public bool Help { get; init; }

    /// <summary>
    /// Parses <paramref name="args"/> as mlir-runner's command line; on bad arguments writes LLVM's messages
    /// (prefixed with <paramref name="tool"/>) to <paramref name="stderr"/>, all of them, and returns false.
    /// </summary>
    public static bool TryParse(string[] args, TextWriter stderr, string tool, out RunOptions options)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stderr);
        options = new RunOptions();
        var libs = new List<string>();
        // -O0..-O3 are four boolean options, each set or cleared by its last occurrence; the lowest set wins.
        Span<bool> levels = stackalloc bool[4];
        var reader = new CommandLineReader(tool, args, stderr);
        while (reader.MoveNext())
        {
            if (reader.IsPositional)
                continue;
            switch (reader.Name)
            {
                case "help":
                    // As llvm::cl's --help: printed as soon as it is read, whatever came before or follows.
                    if (reader.NoValue())
                    {
                        options = options with { Help = true };
                        return true;
                    }
                    break;
                case "O0" or "O1" or "O2" or "O3":
                    levels[reader.Name[1] - '0'] = reader.BoolValue();
                    break;
                case "e":
                    options = options with { EntryPoint = reader.TakeValue() };
                    break;
                case "entry-point-result":
                    options = options with { EntryPointResultText = reader.TakeValue() };
                    break;
                case "shared-libs":
                    foreach (string lib in reader.TakeValue().Split(',', StringSplitOptions.RemoveEmptyEntries))
                        libs.Add(lib);
                    break;
                default:
                    reader.ReportUnknown();
                    break;
            }
        }
        int? optLevel = null;
        for (int level = 0; level < levels.Length && optLevel == null; level++)
        {
            if (levels[level])
                optLevel = level;
        }
        options = options with { Input = reader.InputOrStdin, OptLevel = optLevel, SharedLibs = libs };
        return reader.Finish();
    }

    /// <summary>The entry result kind named by <see cref="EntryPointResultText"/>; false for an unknown
    /// name.</summary>
    public bool TryGetEntryPointResult(out EntryPointResult result)
    {
        switch (EntryPointResultText)
        {
            case "void": result = EntryPointResult.Void; return true;
            case "i32": result = EntryPointResult.I32; return true;
            case "i64": result = EntryPointResult.I64; return true;
            case "f32": result = EntryPointResult.F32; return true;
            case "f64": result = EntryPointResult.F64; return true;
            default: result = EntryPointResult.Void; return false;
        }
    }
}
