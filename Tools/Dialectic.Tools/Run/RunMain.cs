using System;
using System.Collections.Generic;
using System.IO;
using Dialectic.Core.Support;
using Dialectic.Tools.Opt;

namespace Dialectic.Tools.Run;

/// <summary>
/// The library entry point of dialectic-run, as JitRunnerMain is of mlir-runner: reads LLVM IR text (a
/// <c>.ll</c> file, or text that reads as LLVM IR) or MLIR (translated by an <see cref="IMlirToLlvmTranslator"/>),
/// compiles it with clang into a cached shared library, loads it with the runtime and the
/// <c>--shared-libs</c>, calls the entry function and prints its result as mlir-runner does.
/// </summary>
public static class RunMain
{
    private const string Tool = "dialectic-run";

    private const string Usage = """
        OVERVIEW: Dialectic CPU execution driver

        USAGE: dialectic-run [options] <input file>

        Runs a function of a program given as LLVM IR text (.ll) or, through the MLIR-to-LLVM-IR translation, as
        llvm-dialect MLIR (.mlir). The program is compiled with clang-22 (found through DIALECTIC_LLVM_BIN, then
        PATH) into a shared library cached under DIALECTIC_CACHE_DIR, $XDG_CACHE_HOME/dialectic or
        ~/.cache/dialectic, and linked at load time against a runtime providing mlir-runner's runner-utils
        functions (printI64, printMemrefF32, memrefCopy, ...).

        OPTIONS:
          -e <function name>                       The function to be called (default main)
          --entry-point-result=<f32 | f64 | i32 | i64 | void>
                                                   Textual description of the function type to be called
                                                   (default f32)
          --O0, --O1, --O2, --O3                   Optimization level of clang (default -O0)
          --shared-libs=<string>                   Libraries to link dynamically (comma-separated); MLIR's
                                                   runner-utils libraries may be named even where absent
          --help                                   Display available options
        """;

    /// <summary>Runs dialectic-run with the registered translator
    /// (<see cref="MlirToLlvmTranslation.Registered"/>, Dialectic's own when none is); returns the process exit
    /// code.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdin, stdout, stderr, MlirToLlvmTranslation.Registered ?? Translate.LlvmIrTranslator.Lowering);

    /// <summary>
    /// Runs dialectic-run translating MLIR input with <paramref name="translator"/> (null: MLIR input is refused);
    /// returns the process exit code. Native output goes straight to the process's standard streams when
    /// <paramref name="stdout"/> is <see cref="Console.Out"/>, and is captured into the writers otherwise.
    /// </summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr,
        IMlirToLlvmTranslator? translator)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            return RunImpl(args, stdin, stdout, stderr, translator);
        }
        catch (NativeRunException e)
        {
            stderr.WriteLine(Tool + ": " + e.Message);
            return 1;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stderr.WriteLine($"{Tool}: internal error: {e.GetType().Name}: {e.Message}");
            return 1;
        }
    }

    /// <summary>
    /// True when the input is LLVM IR text rather than MLIR: a <c>.ll</c> file; for other names (and standard
    /// input) when the first line that is neither blank nor a comment starts like LLVM IR (<c>;</c> comments,
    /// <c>define</c>, <c>declare</c>, <c>target</c>, <c>source_filename</c>, globals <c>@</c>, types <c>%</c>,
    /// <c>attributes</c>).
    /// </summary>
    public static bool IsLlvmIr(string inputName, string text)
    {
        ArgumentNullException.ThrowIfNull(inputName);
        ArgumentNullException.ThrowIfNull(text);
        if (inputName.EndsWith(".ll", StringComparison.Ordinal))
            return true;
        if (inputName.EndsWith(".mlir", StringComparison.Ordinal))
            return false;
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0)
                end = text.Length;
            ReadOnlySpan<char> line = text.AsSpan(start, end - start).Trim();
            start = end + 1;
            if (line.IsEmpty || line.StartsWith("//", StringComparison.Ordinal))
                continue;
            return line[0] is ';' or '@' or '%'
                || line.StartsWith("define ", StringComparison.Ordinal)
                || line.StartsWith("declare ", StringComparison.Ordinal)
                || line.StartsWith("target ", StringComparison.Ordinal)
                || line.StartsWith("source_filename", StringComparison.Ordinal)
                || line.StartsWith("attributes ", StringComparison.Ordinal);
        }
        return false;
    }

    private static int RunImpl(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr,
        IMlirToLlvmTranslator? translator)
    {
        if (!RunOptions.TryParse(args, stderr, Tool, out RunOptions options))
            return 1;
        if (options.Help)
        {
            stdout.WriteLine(Usage);
            return 0;
        }
        string text;
        string bufferName;
        if (options.Input == "-")
        {
            text = stdin.ReadToEnd();
            bufferName = "<stdin>";
        }
        else
        {
            try
            {
                text = SourceReader.ReadAllText(options.Input, out _);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                string reason = e is FileNotFoundException or DirectoryNotFoundException
                    ? "No such file or directory" : e.Message;
                stderr.WriteLine($"cannot open input file '{options.Input}': {reason}");
                return 1;
            }
            bufferName = options.Input;
        }

        string llvmIr;
        if (IsLlvmIr(options.Input, text))
        {
            llvmIr = text;
        }
        else
        {
            if (translator == null)
            {
                stderr.WriteLine(Tool + ": MLIR input needs the LLVM translation, which is not available yet "
                    + "(give LLVM IR text, a .ll file, instead)");
                return 1;
            }
            // Translation parses MLIR, whose nesting may be deep: it runs on a big stack, as dialectic-opt does.
            string? translated = BigStack.Run(() => translator.Translate(text, bufferName, stderr));
            if (translated == null)
                return 1;
            llvmIr = translated;
        }

        // mlir-runner's checks, in its order and words.
        if (!options.TryGetEntryPointResult(out EntryPointResult result))
        {
            stderr.WriteLine("Error: unsupported function type");
            return 1;
        }
        if (LlvmIrEntryPoint.Check(llvmIr, options.EntryPoint, result) is string entryError)
        {
            stderr.WriteLine("Error: " + entryError);
            return 1;
        }
        var libraries = new List<string>();
        foreach (string lib in options.SharedLibs)
        {
            string full = Path.GetFullPath(lib);
            if (File.Exists(full))
                libraries.Add(full);
            else if (!RunnerRuntime.IsMlirRunnerUtils(full))
            {
                // Named MLIR runner-utils libraries that are absent are provided by our runtime.
                stderr.WriteLine("Failed to create MemoryBuffer for: " + full);
                stderr.WriteLine("Error: No such file or directory");
                return 1;
            }
        }

        var toolchain = LlvmToolchain.Require();
        var compiler = new NativeCompiler(toolchain, ArtifactCache.CreateDefault());
        string runtime = compiler.CompileRuntime();
        string program = compiler.CompileLlvmIr(llvmIr, options.OptLevel ?? 0, bufferName);
        var engine = ExecutionEngine.Load(program, runtime, libraries);
        object? value;
        if (ReferenceEquals(stdout, Console.Out))
        {
            stdout.Flush();
            stderr.Flush();
            value = engine.Invoke(options.EntryPoint, result);
        }
        else
        {
            value = engine.InvokeCapturing(options.EntryPoint, result, stdout, stderr);
        }
        if (engine.FormatResult(value) is string printed)
            stdout.Write(printed + "\n");
        stdout.Flush();
        return 0;
    }
}
