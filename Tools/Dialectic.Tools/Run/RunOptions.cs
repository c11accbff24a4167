using System;
using System.Collections.Generic;
using System.IO;

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
    /// Parses <paramref name="args"/>; on a bad argument writes LLVM's message (prefixed with
    /// <paramref name="tool"/>) to <paramref name="stderr"/> and returns false.
    /// </summary>
    public static bool TryParse(string[] args, TextWriter stderr, string tool, out RunOptions options)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stderr);
        options = new RunOptions();
        var libs = new List<string>();
        string? input = null;
        bool optionsEnded = false;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (optionsEnded || arg == "-" || !arg.StartsWith('-'))
            {
                if (input != null)
                {
                    stderr.WriteLine(tool + ": Too many positional arguments specified!");
                    stderr.WriteLine("Can specify at most 1 positional arguments: See: " + tool + " --help");
                    return false;
                }
                input = arg;
                continue;
            }
            if (arg == "--")
            {
                optionsEnded = true;
                continue;
            }
            string body = arg.StartsWith("--", StringComparison.Ordinal) ? arg[2..] : arg[1..];
            int eq = body.IndexOf('=');
            string name = eq < 0 ? body : body[..eq];
            string? value = eq < 0 ? null : body[(eq + 1)..];
            switch (name)
            {
                case "help":
                    options = options with { Help = true };
                    break;
                case "O0" or "O1" or "O2" or "O3" when value == null:
                    // As mlir-runner, the lowest level given wins.
                    int level = name[1] - '0';
                    options = options with { OptLevel = Math.Min(options.OptLevel ?? level, level) };
                    break;
                case "e" or "entry-point-result" or "shared-libs":
                    if (value == null)
                    {
                        if (i + 1 >= args.Length)
                        {
                            stderr.WriteLine(tool + ": for the -" + name + " option: requires a value!");
                            return false;
                        }
                        value = args[++i];
                    }
                    if (name == "e")
                        options = options with { EntryPoint = value };
                    else if (name == "entry-point-result")
                        options = options with { EntryPointResultText = value };
                    else
                    {
                        foreach (string lib in value.Split(',', StringSplitOptions.RemoveEmptyEntries))
                            libs.Add(lib);
                    }
                    break;
                default:
                    stderr.WriteLine(tool + ": Unknown command line argument '" + arg + "'.  Try: '" + tool
                        + " --help'");
                    return false;
            }
        }
        options = options with { Input = input ?? "-", SharedLibs = libs };
        return true;
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
