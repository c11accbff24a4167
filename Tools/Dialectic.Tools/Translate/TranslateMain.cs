using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Dialectic.Core.Diagnostics;
using Dialectic.Core.Support;
using Dialectic.Tools.Opt;

namespace Dialectic.Tools.Translate;

/// <summary>
/// dialectic-translate, as mlir-translate: <c>dialectic-translate [--mlir-to-llvmir] FILE|- [-o out]
/// [--split-input-file[=marker]] [--output-split-marker=m]</c>. Errors are located diagnostics on stderr and
/// exit code 1; the output file is only written when every chunk translated.
/// </summary>
public static class TranslateMain
{
    private const string Tool = "dialectic-translate";

    public const string Usage = """
        OVERVIEW: Dialectic translation driver

        USAGE: dialectic-translate [options] <input file>

        OPTIONS:
          --mlir-to-llvmir                         Translate MLIR (llvm dialect) to LLVM IR (the default)
          -o <filename>                            Output filename ('-' for stdout, the default)
          --split-input-file[=<marker>]            Split the input on '// -----' and translate each chunk
          --output-split-marker=<marker>           Marker between output chunks (default: empty line)
          --help                                   Display available options
        """;

    /// <summary>Runs dialectic-translate; returns the process exit code. Never throws.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            return BigStack.Run(() => RunImpl(args, stdin, stdout, stderr));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stderr.WriteLine($"{Tool}: internal error: {e.GetType().Name}: {e.Message}");
            return 1;
        }
    }

    private static int RunImpl(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (!TryParseArgs(args, stderr, out var options))
            return 1;
        if (options.Help)
        {
            stdout.WriteLine(Usage);
            return 0;
        }
        string text;
        string fileName;
        bool isByteText = false;
        if (options.Input == "-")
        {
            text = stdin.ReadToEnd();
            fileName = "<stdin>";
        }
        else
        {
            try
            {
                text = SourceReader.ReadAllText(options.Input, out isByteText);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                string reason = e is FileNotFoundException or DirectoryNotFoundException ? "No such file or directory" : e.Message;
                stderr.WriteLine($"cannot open input file '{options.Input}': {reason}");
                return 1;
            }
            fileName = options.Input;
        }

        var source = new SourceFile(fileName, text);
        var output = new StringBuilder();
        bool ok = true;
        if (options.SplitInputMarker is { } marker)
        {
            var chunks = OptMain.SplitInput(text, marker);
            for (int i = 0; i < chunks.Count; i++)
            {
                if (i > 0)
                    output.Append(options.OutputSplitMarker).Append('\n');
                var (chunk, lineOffset) = chunks[i];
                uint column = lineOffset > 0 ? (uint)marker.Length + 1 : 0;
                string? ir = LlvmIrTranslator.Translate(chunk, fileName, lineOffset, column, isByteText, source, stderr);
                if (ir == null)
                    ok = false;
                else
                    output.Append(ir);
            }
        }
        else
        {
            string? ir = LlvmIrTranslator.Translate(text, fileName, 0, 0, isByteText, source, stderr);
            if (ir == null)
                return 1;
            output.Append(ir);
        }
        // As mlir-translate: standard output gets every chunk that translated; a file is only written on success.
        if (options.Output == "-")
        {
            stdout.Write(output.ToString());
            return ok ? 0 : 1;
        }
        if (!ok)
            return 1;
        try
        {
            File.WriteAllText(options.Output, output.ToString(), new UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{Tool}: could not open output file '{options.Output}': {e.Message}");
            return 1;
        }
        return 0;
    }

    /// <summary>Parses the command line (<c>-flag</c> or <c>--flag</c>, <c>-o file</c> or <c>-o=file</c>).</summary>
    public static bool TryParseArgs(string[] args, TextWriter stderr, out TranslateOptions options)
    {
        options = new TranslateOptions();
        string? input = null;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (arg == "-" || !arg.StartsWith('-'))
            {
                if (input != null)
                {
                    stderr.WriteLine($"{Tool}: Too many positional arguments specified! Can specify at most 1 positional arguments: See: {Tool} --help");
                    return false;
                }
                input = arg;
                continue;
            }
            string flag = arg.StartsWith("--", StringComparison.Ordinal) ? arg.Substring(2) : arg.Substring(1);
            string? value = null;
            int eq = flag.IndexOf('=');
            if (eq >= 0)
            {
                value = flag.Substring(eq + 1);
                flag = flag.Substring(0, eq);
            }
            switch (flag)
            {
                case "o":
                    if (value == null)
                    {
                        if (i + 1 >= args.Length)
                        {
                            stderr.WriteLine($"{Tool}: for the -o option: requires a value!");
                            return false;
                        }
                        value = args[++i];
                    }
                    options = options with { Output = value };
                    break;
                case "mlir-to-llvmir":
                    options = options with { MlirToLlvmIr = true };
                    break;
                case "split-input-file":
                    options = options with { SplitInputMarker = string.IsNullOrEmpty(value) ? "// -----" : value };
                    break;
                case "output-split-marker":
                    options = options with { OutputSplitMarker = value ?? "" };
                    break;
                case "help" or "h":
                    options = options with { Help = true };
                    break;
                default:
                    stderr.WriteLine($"{Tool}: Unknown command line argument '{arg}'.  Try: '{Tool} --help'");
                    return false;
            }
        }
        options = options with { Input = input ?? "-" };
        return true;
    }
}
