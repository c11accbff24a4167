using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Dialectic.Core.Diagnostics;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Builtin;
using Dialectic.Core.Pass;
using Dialectic.Core.Pass.Instrumentation;
using Dialectic.Core.Pass.TestPasses;
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
          --pass-pipeline=<string>                 Textual description of the pass pipeline to run
          --<pass-arg>[=<options>]                 Add a registered pass or pipeline (see below), in order
          --dump-pass-pipeline                     Print the pipeline that will be run
          --list-passes                            Print the list of registered passes and exit
          --mlir-disable-threading                 Run nested pass pipelines sequentially
          --mlir-print-ir-before=<pass-arg>[,...]  Print IR before specified passes
          --mlir-print-ir-after=<pass-arg>[,...]   Print IR after specified passes
          --mlir-print-ir-before-all               Print IR before each pass
          --mlir-print-ir-after-all                Print IR after each pass
          --mlir-print-ir-after-change             When printing the IR after a pass, only print if the IR changed
          --mlir-print-ir-after-failure            When printing the IR after a pass, only print if the pass failed
          --mlir-print-ir-module-scope             Print the top-level operation in IR dumps (needs
                                                   --mlir-disable-threading)
          --mlir-timing                            Display execution times
          --mlir-timing-display=list|tree          Display method for timing data (default tree)
          --mlir-pass-statistics                   Display the statistics of each pass
          --mlir-pass-statistics-display=list|pipeline  Display method for pass statistics (default pipeline)
          --mlir-pass-pipeline-crash-reproducer=<file>  Write a reproducer to <file> if the pipeline fails
          --mlir-pass-pipeline-local-reproducer    Reproduce the failing pass alone (needs --mlir-disable-threading)
          --run-reproducer                         Run the pipeline stored in the input's reproducer block
          --mlir-print-op-generic                  Print operations in generic form
          --mlir-print-debuginfo                   Print locations
          --mlir-print-local-scope                 Print without aliases
          --mlir-print-unique-ssa-ids              Never reuse value numbers across regions
          --mlir-elide-elementsattrs-if-larger=<n> Elide elements attributes with more than n elements
          --no-implicit-module                     Do not wrap the input in a builtin.module
          --show-dialects                          List the registered dialects
          --dump-dialect-docs=<dir>                Write one Markdown page per dialect into <dir>
        """;

    /// <summary>
    /// Callbacks filling <see cref="PassRegistry.Default"/>, run once before dialectic-opt first needs it. Wiring a
    /// project of passes is one line here (e.g. <c>Dialectic.Passes.PassRegistration.RegisterAll</c>); tools
    /// built over <see cref="OptMain"/> may add theirs before the first <see cref="Run"/>.
    /// </summary>
    public static readonly List<Action<PassRegistry>> PassRegistrations =
    [
        TestPassRegistration.RegisterAll,
        Dialectic.Passes.PassRegistration.RegisterAll,
    ];

    /// <summary>
    /// Set by a tool whose process ends when <see cref="Run"/> returns (dialectic-opt's Program): a large input's
    /// no-GC region is then kept to the exit rather than ended by a collection that only walks IR about to be
    /// discarded (<see cref="LongLivedAllocationScope.KeepUntilProcessExit"/>). Off for in-process callers.
    /// </summary>
    public static bool ProcessExitsAfterRun { get; set; }

    private static readonly object RegistrationLock = new();
    private static int _registered;

    /// <summary>The registry with every registration callback applied (once).</summary>
    public static PassRegistry Registry
    {
        get
        {
            lock (RegistrationLock)
            {
                for (; _registered < PassRegistrations.Count; _registered++)
                    PassRegistrations[_registered](PassRegistry.Default);
            }
            return PassRegistry.Default;
        }
    }

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
            if (Environment.GetEnvironmentVariable("DIALECTIC_TRACE") != null) stderr.WriteLine(e.ToString());
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
            stdout.Write(PassHelpWriter.Help(Registry));
            return 0;
        }
        if (options.ListPasses)
        {
            stdout.Write(PassHelpWriter.ListPasses(Registry));
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
        context.RegisterDialect(new Dialectic.Dialects.Llvm.LlvmDialect(context));
        context.RegisterDialect(new Dialectic.Dialects.Math.MathDialect(context));
        context.RegisterDialect(new Dialectic.Dialects.MemRef.MemRefDialect(context));
        context.RegisterDialect(new Dialectic.Dialects.Scf.ScfDialect(context));
        return context;
    }

    /// <summary>Splits on lines that consist of the marker; each chunk keeps its line offset in the file (also
    /// dialectic-translate's <c>--split-input-file</c>).</summary>
    internal static List<(string Text, int LineOffset)> SplitInput(string text, string marker)
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
        // Diagnostics and pass output (IR dumps, statistics, timing) share stderr in the order they happen.
        var errors = new DeferredDiagnosticWriter(stderr, renderer);
        ExpectedDiagnosticVerifier? verifier = null;
        IDisposable handler;
        if (options.VerifyDiagnostics)
        {
            verifier = new ExpectedDiagnosticVerifier(source.Name, text, lineOffset);
            handler = context.Diagnostics.AddHandler(verifier.Handle);
        }
        else
        {
            handler = context.Diagnostics.AddHandler(errors.Handle);
        }
        bool ok;
        using (handler)
        {
            ok = ProcessIR(context, text, lineOffset, source.Name, options, output, errors);
        }
        errors.FlushPending();
        if (verifier != null)
            return verifier.Finish(stderr, renderer);
        return ok;
    }

    private static bool ProcessIR(Context context, string text, int lineOffset, string fileName, OptOptions options, TextWriter output, TextWriter stderr)
    {
        // As mlir-opt: one timing report per processed buffer, printed last (also after a failure).
        var timing = options.Timing ? new TimingManager(options.TimingDisplay) : null;
        try
        {
            return ProcessIRTimed(context, text, lineOffset, fileName, options, output, stderr, timing);
        }
        finally
        {
            timing?.Print(stderr);
        }
    }

    private static bool ProcessIRTimed(Context context, string text, int lineOffset, string fileName, OptOptions options, TextWriter output,
        TextWriter stderr, TimingManager? timing)
    {
        var parserTiming = timing?.RootScope.Nest("Parser");
        var parserOptions = new ParserOptions { FileName = fileName, LineOffset = lineOffset, SourceIsByteText = options.InputIsByteText };
        // The IR the parser builds and the passes rewrite lives until the output: no collection until it is printed
        // (a collection right after the region would only promote all of it).
        using var longLived = LongLivedAllocationScope.ForInput(text.Length);
        if (ProcessExitsAfterRun)
            longLived.KeepUntilProcessExit();
        var block = SourceParser.ParseSource(context, text, parserOptions);
        if (block == null)
        {
            parserTiming?.Stop();
            return false;
        }
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
                parserTiming?.Stop();
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
        bool verified = Verifier.Verify(root, attachOpNotes: !options.VerifyDiagnostics);
        parserTiming?.Stop();
        if (!verified)
            return false;
        var flags = new PrintingFlags
        {
            PrintGenericOpForm = options.PrintGeneric,
            PrintDebugInfo = options.PrintDebugInfo,
            UseLocalScope = options.PrintLocalScope,
            PrintUniqueSsaIds = options.PrintUniqueSsaIds,
            ElideElementsAttrsIfLarger = options.ElideElementsAttrsIfLarger,
        };
        var pm = OptPassSetup.Create(context, root, options, Registry, stderr, flags, timing);
        if (pm == null || !pm.Run(root))
            return false;
        using (timing?.RootScope.Nest("Output"))
        {
            AsmPrinter.PrintTopLevel(root, output, flags);
            output.Write('\n');
        }
        return true;
    }

    /// <summary>
    /// Parses the command line as mlir-opt's (<c>-flag</c> or <c>--flag</c>, <c>-o file</c> or <c>-o=file</c>,
    /// <c>--</c> ends the flags); every error is written in llvm::cl's words before returning false.
    /// </summary>
    public static bool TryParseArgs(string[] args, TextWriter stderr, out OptOptions options)
    {
        options = new OptOptions();
        var reader = new CommandLine.CommandLineReader("dialectic-opt", args, stderr);
        while (reader.MoveNext())
        {
            if (reader.IsPositional)
                continue;
            switch (reader.Name)
            {
                case "o":
                    options = options with { Output = reader.TakeValue() };
                    break;
                case "allow-unregistered-dialect":
                    options = options with { AllowUnregisteredDialects = reader.BoolValue() };
                    break;
                case "split-input-file":
                    // Value optional: a bare flag or an empty value means MLIR's default marker.
                    options = options with { SplitInputMarker = string.IsNullOrEmpty(reader.InlineValue) ? "// -----" : reader.InlineValue };
                    break;
                case "output-split-marker":
                    options = options with { OutputSplitMarker = reader.TakeValue() };
                    break;
                case "verify-diagnostics":
                    options = options with { VerifyDiagnostics = reader.BoolValue() };
                    break;
                case "verify-each":
                    options = options with { VerifyEach = reader.BoolValue() };
                    break;
                case "mlir-print-op-generic":
                    options = options with { PrintGeneric = reader.BoolValue() };
                    break;
                case "mlir-print-debuginfo":
                    options = options with { PrintDebugInfo = reader.BoolValue() };
                    break;
                case "mlir-print-local-scope":
                    options = options with { PrintLocalScope = reader.BoolValue() };
                    break;
                case "mlir-print-unique-ssa-ids":
                    options = options with { PrintUniqueSsaIds = reader.BoolValue() };
                    break;
                case "mlir-elide-elementsattrs-if-larger":
                    options = options with { ElideElementsAttrsIfLarger = reader.UnsignedValue() };
                    break;
                case "no-implicit-module":
                    options = options with { NoImplicitModule = reader.BoolValue() };
                    break;
                case "dump-dialect-docs":
                    // Ours: a directory is needed, so an empty one is refused as a missing value.
                    if (reader.InlineValue is "")
                        reader.ReportOptionError("requires a value!");
                    else
                        options = options with { DumpDialectDocs = reader.TakeValue() };
                    break;
                case "show-dialects":
                    options = options with { ShowDialects = reader.BoolValue() };
                    break;
                case "help":
                case "h":
                    // As llvm::cl's --help: printed as soon as it is read, whatever came before or follows.
                    if (reader.NoValue())
                    {
                        options = options with { Help = true };
                        return true;
                    }
                    break;
                default:
                    OptPassArgs.Read(reader, Registry, ref options);
                    break;
            }
        }
        options = options with { Input = reader.InputOrStdin };
        return reader.Finish();
    }
}
