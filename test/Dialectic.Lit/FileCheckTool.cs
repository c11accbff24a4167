using System;
using System.Collections.Generic;
using System.IO;

namespace Dialectic.Lit;

/// <summary>
/// FileCheck's command line over <see cref="FileCheck"/>: <c>FileCheck [options] check-file</c>, reading the input
/// from stdin or <c>--input-file</c>. Options are accepted with one or two dashes and as <c>-opt=value</c> or
/// <c>-opt value</c>, like LLVM's cl parser. Exit codes as real FileCheck: 0 pass, 1 check failure or a malformed
/// command line (LLVM's option parser exits 1), 2 for FileCheck's own usage errors (no check file, unreadable
/// files, bad prefixes, empty input, check-file syntax errors).
/// </summary>
public static class FileCheckTool
{
    private static readonly HashSet<string> ValueOptions = new(StringComparer.Ordinal)
    {
        "input-file", "check-prefix", "check-prefixes", "comment-prefixes", "implicit-check-not", "dump-input",
        "dump-input-filter", "dump-input-context", "color",
    };

    /// <summary>Runs FileCheck with relative paths resolved against the process's current directory.</summary>
    public static int Main(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdin, stdout, stderr, Environment.CurrentDirectory);

    /// <summary>Runs FileCheck with relative paths (check file, <c>--input-file</c>) resolved against
    /// <paramref name="workingDirectory"/>.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr,
        string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(args);
        var checkPrefixes = new List<string>();
        var commentPrefixes = new List<string>();
        bool commentPrefixesGiven = false;
        var implicitNots = new List<string>();
        var definitions = new List<string>();
        var positional = new List<string>();
        string inputFile = "-";
        bool strict = false, fullLines = false, allowEmpty = false, ignoreCase = false, varScope = false;
        bool allowUnused = false;
        FileCheckDumpMode dump = FileCheckDumpMode.Fail;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (arg == "-" || !arg.StartsWith('-'))
            {
                positional.Add(arg);
                continue;
            }
            string body = arg.StartsWith("--", StringComparison.Ordinal) ? arg.Substring(2) : arg.Substring(1);
            if (body.StartsWith('D'))
            {
                string definition = body.Length > 1 ? body.Substring(1) : (++i < args.Length ? args[i] : "");
                definitions.Add(definition);
                continue;
            }
            int equals = body.IndexOf('=');
            string name = equals < 0 ? body : body.Substring(0, equals);
            string? value = equals < 0 ? null : body.Substring(equals + 1);
            if (value == null && ValueOptions.Contains(name))
            {
                if (++i >= args.Length)
                {
                    stderr.WriteLine("FileCheck: for the --" + name + " option: requires a value!");
                    return 1;
                }
                value = args[i];
            }
            switch (name)
            {
                case "input-file": inputFile = value!; break;
                case "check-prefix": checkPrefixes.Add(value!); break;
                case "check-prefixes": checkPrefixes.AddRange(value!.Split(',')); break;
                case "comment-prefixes":
                    commentPrefixesGiven = true;
                    commentPrefixes.AddRange(value!.Split(','));
                    break;
                case "implicit-check-not": implicitNots.Add(value!); break;
                case "strict-whitespace": strict = ParseBool(value); break;
                case "match-full-lines": fullLines = ParseBool(value); break;
                case "allow-empty": allowEmpty = ParseBool(value); break;
                case "ignore-case": ignoreCase = ParseBool(value); break;
                case "enable-var-scope": varScope = ParseBool(value); break;
                case "allow-unused-prefixes": allowUnused = ParseBool(value); break;
                case "dump-input":
                    switch (value)
                    {
                        case "fail": dump = FileCheckDumpMode.Fail; break;
                        case "always": dump = FileCheckDumpMode.Always; break;
                        case "never": dump = FileCheckDumpMode.Never; break;
                        case "help":
                            stdout.WriteLine("The input dump lists each input line, annotated with the directives "
                                + "that matched (^~~), failed to match (X~~) or matched where forbidden (!~~).");
                            return 0;
                        default:
                            stderr.WriteLine("FileCheck: for the --dump-input option: Cannot find option named '"
                                + value + "'!");
                            return 1;
                    }
                    break;
                case "dump-input-filter":
                case "dump-input-context":
                case "color":
                case "v":
                case "vv":
                case "allow-deprecated-dag-overlap":
                case "color=false":
                    break;
                default:
                    stderr.WriteLine("FileCheck: Unknown command line argument '" + arg + "'.");
                    return 1;
            }
        }
        if (positional.Count == 0)
        {
            stderr.WriteLine("<check-file> not specified");
            return 2;
        }
        if (positional.Count > 1)
        {
            stderr.WriteLine("FileCheck: Too many positional arguments specified!");
            return 1;
        }
        string checkPath = positional[0];
        string checkText;
        try
        {
            checkText = File.ReadAllText(Path.Combine(workingDirectory, checkPath));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            stderr.WriteLine("Could not open check file '" + checkPath + "': " + ex.Message);
            return 2;
        }
        string input;
        try
        {
            input = inputFile == "-" ? stdin.ReadToEnd() : File.ReadAllText(Path.Combine(workingDirectory, inputFile));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            stderr.WriteLine("Could not open input file '" + inputFile + "': " + ex.Message);
            return 2;
        }
        var options = new FileCheckOptions
        {
            CheckPrefixes = checkPrefixes,
            CommentPrefixes = commentPrefixesGiven ? commentPrefixes : new[] { "COM", "RUN" },
            ImplicitCheckNot = implicitNots,
            Definitions = definitions,
            StrictWhitespace = strict,
            MatchFullLines = fullLines,
            AllowEmpty = allowEmpty,
            IgnoreCase = ignoreCase,
            EnableVarScope = varScope,
            AllowUnusedPrefixes = allowUnused,
            DumpInput = dump,
            CheckFileName = checkPath,
            InputName = inputFile == "-" ? "<stdin>" : inputFile,
        };
        FileCheckResult result = FileCheck.Check(checkText, input, options);
        stderr.Write(result.Diagnostics);
        return result.ExitCode;
    }

    private static bool ParseBool(string? value) => value == null || value == "true" || value == "1";
}
