using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Dialectic.Core.Diagnostics;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Builtin;
using Dialectic.Core.Support;
using Dialectic.Core.Syntax;
using Dialectic.Core.Verification;

namespace Dialectic.Tools.Opt;

/// <summary>The library entry point of dialectic-opt, as MlirOptMain is of mlir-opt.</summary>
public static class OptMain
{
    private const string Usage = """
        OVERVIEW: Dialectic modular optimizer driver

        USAGE: dialectic-opt [options] <input file>

        OPTIONS:
          -o <filename>                            Output filename (default: stdout)
          --allow-unregistered-dialect             Allow operations of unregistered dialects
          --split-input-file[=<marker>]            Split the input on '// -----' and process each chunk
          --output-split-marker=<marker>           Marker between output chunks (default '// -----')
          --verify-diagnostics                     Check expected-* comments against emitted diagnostics
          --verify-each[=true|false]               Verify the IR after each pass (default true)
          --test-constant-fold                     Fold every op and unique the constants (MLIR's test pass)
          --mlir-print-op-generic                  Print operations in generic form
          --mlir-print-debuginfo                   Print locations
          --mlir-print-local-scope                 Print without aliases
          --mlir-print-unique-ssa-ids              Never reuse value numbers across regions
          --mlir-elide-elementsattrs-if-larger=<n> Elide elements attributes with more than n elements
          --no-implicit-module                     Do not wrap the input in a builtin.module
          --show-dialects                          List the registered dialects
          --dump-dialect-docs=<dir>                Write one Markdown page per dialect into <dir>
        """;

    /// <summary>Runs dialectic-opt with the given arguments; returns the process exit code.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            return BigStack.Run(() => RunImpl(args, stdin, stdout, stderr));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stderr.WriteLine($"dialectic-opt: internal error: {e.GetType().Name}: {e.Message}");
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
        if (options.DumpDialectDocs is { } docsDir)
        {
            try
            {
                int pages = Docs.DialectDocWriter.WriteAll(CreateContext(false), docsDir);
                stdout.WriteLine($"wrote {pages} dialect page(s) to {docsDir}");
                return 0;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                stderr.WriteLine($"dialectic-opt: could not write dialect docs to '{docsDir}': {e.Message}");
                return 1;
            }
        }
        if (options.ShowDialects)
        {
            stdout.WriteLine("Available Dialects: " + string.Join(",", DialectNames()));
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
                options = options with { InputIsByteText = isByteText };
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

        // Output streams to its destination; a file is written under a temporary name and only kept (renamed)
        // when everything succeeded, as mlir-opt's ToolOutputFile.
        string? tempPath = null;
        TextWriter? deviceOutput = null;
        TextWriter output;
        if (options.Output == "-")
        {
            output = stdout;
        }
        else
        {
            try
            {
                string full = Path.GetFullPath(options.Output);
                if (full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal))
                {
                    // Devices (/dev/null, /dev/stdout) are written in place, never replaced.
                    output = new StreamWriter(new FileStream(full, FileMode.Open, FileAccess.Write), new UTF8Encoding(false), 1 << 16);
                    deviceOutput = output;
                }
                else
                {
                    tempPath = Path.Combine(Path.GetDirectoryName(full) ?? ".", "." + Path.GetFileName(full) + ".tmp" + Environment.ProcessId);
                    output = new StreamWriter(tempPath, false, new UTF8Encoding(false), 1 << 16);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                stderr.WriteLine($"dialectic-opt: could not open output file '{options.Output}': {e.Message}");
                return 1;
            }
        }
        bool ok = true;
        try
        {
            if (options.SplitInputMarker is { } marker)
            {
                var chunks = SplitInput(text, marker);
                for (int i = 0; i < chunks.Count; i++)
                {
                    if (i > 0)
                        output.Write(options.OutputSplitMarker + "\n");
                    ok &= ProcessChunk(chunks[i].Text, chunks[i].LineOffset, source, options, output, stderr);
                }
            }
            else
            {
                ok = ProcessChunk(text, 0, source, options, output, stderr);
            }
            output.Flush();
        }
        finally
        {
            if (tempPath != null || deviceOutput != null)
                output.Dispose();
        }
        if (tempPath != null)
        {
            try
            {
                if (ok)
                    File.Move(tempPath, options.Output, overwrite: true);
                else
                    File.Delete(tempPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"dialectic-opt: could not write output file '{options.Output}': {e.Message}");
                return 1;
            }
        }
        return ok ? 0 : 1;
    }

    private static IEnumerable<string> DialectNames()
    {
        foreach (var d in CreateContext(false).Dialects)
            yield return d.Namespace;
    }

    /// <summary>The context every run starts from: all dialects dialectic-opt knows.</summary>
    public static Context CreateContext(bool allowUnregistered)
    {
        var context = new Context { AllowUnregisteredDialects = allowUnregistered };
        context.RegisterDialect(new Dialectic.Dialects.Arith.ArithDialect(context));
        context.RegisterDialect(new Dialectic.Dialects.ControlFlow.ControlFlowDialect(context));
        context.RegisterDialect(new Dialectic.Dialects.Func.FuncDialect(context));
        context.RegisterDialect(new Dialectic.Dialects.Index.IndexDialect(context));
        context.RegisterDialect(new Dialectic.Dialects.Math.MathDialect(context));
        context.RegisterDialect(new Dialectic.Dialects.MemRef.MemRefDialect(context));
        context.RegisterDialect(new Dialectic.Dialects.Scf.ScfDialect(context));
        return context;
    }

    /// <summary>Splits on lines that consist of the marker; each chunk keeps its line offset in the file.</summary>
    private static List<(string Text, int LineOffset)> SplitInput(string text, string marker)
    {
        var chunks = new List<(string, int)>();
        var lines = text.Split('\n');
        var current = new StringBuilder();
        int chunkStart = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd('\r').Trim() == marker)
            {
                chunks.Add((current.ToString(), chunkStart));
                current.Clear();
                chunkStart = i + 1;
                continue;
            }
            current.Append(lines[i]);
            if (i + 1 < lines.Length)
                current.Append('\n');
        }
        chunks.Add((current.ToString(), chunkStart));
        return chunks;
    }

    private static bool ProcessChunk(string text, int lineOffset, SourceFile source, OptOptions options, TextWriter output, TextWriter stderr)
    {
        var context = CreateContext(options.AllowUnregisteredDialects);
        var renderer = new DiagnosticRenderer(source);
        ExpectedDiagnosticVerifier? verifier = null;
        var emitted = new List<Diagnostic>();
        IDisposable handler;
        if (options.VerifyDiagnostics)
        {
            verifier = new ExpectedDiagnosticVerifier(source.Name, text, lineOffset);
            handler = context.Diagnostics.AddHandler(verifier.Handle);
        }
        else
        {
            handler = context.Diagnostics.AddHandler(d =>
            {
                emitted.Add(d);
                return true;
            });
        }
        bool ok;
        using (handler)
        {
            ok = ProcessIR(context, text, lineOffset, source.Name, options, output);
        }
        foreach (var d in emitted)
            renderer.Render(d, stderr);
        if (verifier != null)
            return verifier.Finish(stderr, renderer);
        return ok;
    }

    private static bool ProcessIR(Context context, string text, int lineOffset, string fileName, OptOptions options, TextWriter output)
    {
        var parserOptions = new ParserOptions { FileName = fileName, LineOffset = lineOffset, SourceIsByteText = options.InputIsByteText };
        Block? block;
        using (LongLivedAllocationScope.ForParse(text.Length))
            block = SourceParser.ParseSource(context, text, parserOptions);
        if (block == null)
            return false;
        Operation root;
        if (options.NoImplicitModule)
        {
            int count = 0;
            for (var op = block.FirstOp; op != null; op = op.NextOp)
                count++;
            if (count != 1)
            {
                context.EmitError(FileLineColRange.Get(context, fileName, (uint)lineOffset, 0),
                    $"source must contain a single top-level operation, found: {count}");
                return false;
            }
            root = block.FirstOp!;
            root.Remove();
        }
        else if (block.FirstOp != null && block.FirstOp == block.LastOp && block.FirstOp is ModuleOp)
        {
            root = block.FirstOp;
            root.Remove();
        }
        else
        {
            // A split chunk's buffer starts right after its marker (line of the marker, column after it), the first
            // chunk at 0:0: where MLIR locates the implicit module.
            uint column = lineOffset > 0 && options.SplitInputMarker is { } splitMarker ? (uint)splitMarker.Length + 1 : 0;
            var module = ModuleOp.Create(FileLineColRange.Get(context, fileName, (uint)lineOffset, column));
            while (block.FirstOp != null)
            {
                var op = block.FirstOp;
                op.Remove();
                module.Body.Append(op);
            }
            root = module;
        }
        if (!Verifier.Verify(root, attachOpNotes: !options.VerifyDiagnostics))
            return false;
        if (options.TestConstantFold)
        {
            Dialectic.Core.Rewrite.TestConstantFold.Run(root);
            if (options.VerifyEach && !Verifier.Verify(root, attachOpNotes: !options.VerifyDiagnostics))
                return false;
        }
        var flags = new PrintingFlags
        {
            PrintGenericOpForm = options.PrintGeneric,
            PrintDebugInfo = options.PrintDebugInfo,
            UseLocalScope = options.PrintLocalScope,
            PrintUniqueSsaIds = options.PrintUniqueSsaIds,
            ElideElementsAttrsIfLarger = options.ElideElementsAttrsIfLarger,
        };
        AsmPrinter.PrintTopLevel(root, output, flags);
        output.Write('\n');
        return true;
    }

    /// <summary>Parses the command line (both <c>-flag</c> and <c>--flag</c>, <c>-o file</c> and <c>-o=file</c>).</summary>
    public static bool TryParseArgs(string[] args, TextWriter stderr, out OptOptions options)
    {
        options = new OptOptions();
        string? input = null;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (arg == "-" || !arg.StartsWith('-'))
            {
                if (input != null)
                {
                    stderr.WriteLine($"dialectic-opt: Too many positional arguments specified! Can specify at most 1 positional arguments: See: dialectic-opt --help");
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
                            stderr.WriteLine("dialectic-opt: for the -o option: requires a value!");
                            return false;
                        }
                        value = args[++i];
                    }
                    options = options with { Output = value };
                    break;
                case "allow-unregistered-dialect":
                    options = options with { AllowUnregisteredDialects = ParseBool(value) };
                    break;
                case "split-input-file":
                    options = options with { SplitInputMarker = string.IsNullOrEmpty(value) ? "// -----" : value };
                    break;
                case "output-split-marker":
                    options = options with { OutputSplitMarker = value ?? "" };
                    break;
                case "verify-diagnostics":
                    options = options with { VerifyDiagnostics = ParseBool(value) };
                    break;
                case "verify-each":
                    options = options with { VerifyEach = ParseBool(value) };
                    break;
                case "test-constant-fold":
                    options = options with { TestConstantFold = ParseBool(value) };
                    break;
                case "mlir-print-op-generic":
                    options = options with { PrintGeneric = ParseBool(value) };
                    break;
                case "mlir-print-debuginfo":
                    options = options with { PrintDebugInfo = ParseBool(value) };
                    break;
                case "mlir-print-local-scope":
                    options = options with { PrintLocalScope = ParseBool(value) };
                    break;
                case "mlir-print-unique-ssa-ids":
                    options = options with { PrintUniqueSsaIds = ParseBool(value) };
                    break;
                case "mlir-elide-elementsattrs-if-larger":
                    if (!long.TryParse(value, out long n))
                    {
                        stderr.WriteLine($"dialectic-opt: for the --mlir-elide-elementsattrs-if-larger option: '{value}' value invalid for uint argument!");
                        return false;
                    }
                    options = options with { ElideElementsAttrsIfLarger = n };
                    break;
                case "no-implicit-module":
                    options = options with { NoImplicitModule = ParseBool(value) };
                    break;
                case "dump-dialect-docs":
                    if (string.IsNullOrEmpty(value))
                    {
                        stderr.WriteLine("dialectic-opt: for the --dump-dialect-docs option: requires a value!");
                        return false;
                    }
                    options = options with { DumpDialectDocs = value };
                    break;
                case "show-dialects":
                    options = options with { ShowDialects = true };
                    break;
                case "help":
                case "h":
                    options = options with { Help = true };
                    break;
                default:
                    stderr.WriteLine($"dialectic-opt: Unknown command line argument '{arg}'.  Try: 'dialectic-opt --help'");
                    return false;
            }
        }
        options = options with { Input = input ?? "-" };
        return true;
    }

    private static bool ParseBool(string? value) => value is null or "" or "true" or "1" or "TRUE" or "True";
}
