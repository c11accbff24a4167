using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Dialectic.Core.Diagnostics;
using Dialectic.Core.Support;
using Dialectic.Tools.CommandLine;
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

    /// <summary>
    /// Parses the command line as mlir-translate's (<c>-flag</c> or <c>--flag</c>, <c>-o file</c> or
    /// <c>-o=file</c>, <c>--</c> ends the flags); every error is written in llvm::cl's words before returning false.
    /// </summary>
    public static bool TryParseArgs(string[] args, TextWriter stderr, out TranslateOptions options)
    {
        options = new TranslateOptions();
        var reader = new CommandLineReader(Tool, args, stderr);
        while (reader.MoveNext())
        {
            if (reader.IsPositional)
                continue;
            switch (reader.Name)
            {
                case "o":
                    options = options with { Output = reader.TakeValue() };
                    break;
                case "mlir-to-llvmir":
                    // A value of mlir-translate's "Translations to perform" list, which takes none; that option has
                    // no name of its own, so LLVM's message starts with its description instead.
                    if (reader.InlineValue is { } value)
                        reader.ReportError($"Translations to perform option: does not allow a value! '{value}' specified.");
                    else
                        options = options with { MlirToLlvmIr = true };
                    break;
                case "split-input-file":
                    // Value optional: a bare flag or an empty value means MLIR's default marker.
                    options = options with { SplitInputMarker = string.IsNullOrEmpty(reader.InlineValue) ? "// -----" : reader.InlineValue };
                    break;
                case "output-split-marker":
                    options = options with { OutputSplitMarker = reader.TakeValue() };
                    break;
                case "help" or "h":
                    // As llvm::cl's --help: printed as soon as it is read, whatever came before or follows.
                    if (reader.NoValue())
                    {
                        options = options with { Help = true };
                        return true;
                    }
                    break;
                default:
                    reader.ReportUnknown();
                    break;
            }
        }
        options = options with { Input = reader.InputOrStdin };
        return reader.Finish();
    }
}
