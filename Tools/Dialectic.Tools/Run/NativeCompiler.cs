using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace Dialectic.Tools.Run;

/// <summary>
/// Compiles LLVM IR text (and the C runtime) to shared libraries with clang, through an
/// <see cref="ArtifactCache"/>: an artifact is keyed by the hash of its source text, the optimization level, the
/// compiler's identity and the runtime's source, so an unchanged program is compiled once.
/// </summary>
public sealed class NativeCompiler
{
    private const string IrKind = "ir";
    private const string RuntimeKind = "runtime";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Compiles with <paramref name="toolchain"/>'s clang into <paramref name="cache"/>.</summary>
    public NativeCompiler(LlvmToolchain toolchain, ArtifactCache cache)
    {
        ArgumentNullException.ThrowIfNull(toolchain);
        ArgumentNullException.ThrowIfNull(cache);
        Toolchain = toolchain;
        Cache = cache;
    }

    /// <summary>The clang used.</summary>
    public LlvmToolchain Toolchain { get; }

    /// <summary>Where artifacts are kept.</summary>
    public ArtifactCache Cache { get; }

    /// <summary>The platform's shared-library file extension, with the dot.</summary>
    public static string SharedLibraryExtension =>
        OperatingSystem.IsWindows() ? ".dll" : OperatingSystem.IsMacOS() ? ".dylib" : ".so";

    /// <summary>The cache key of <paramref name="llvmIr"/> compiled at <paramref name="optLevel"/>.</summary>
    public string KeyOf(string llvmIr, int optLevel) =>
        ArtifactCache.Hash(IrKind, llvmIr, optLevel.ToString(CultureInfo.InvariantCulture), Toolchain.Identity,
            RunnerRuntime.SourceHash);

    /// <summary>
    /// Compiles <paramref name="llvmIr"/> with <c>clang -shared -fPIC -O&lt;optLevel&gt; -x ir -</c> and returns
    /// the cached library's path. The library leaves runtime symbols (<c>printI64</c>, ...) undefined: load the
    /// runtime globally first (<see cref="ExecutionEngine"/> does). Throws <see cref="NativeRunException"/> with
    /// clang's diagnostics, where <c>&lt;stdin&gt;</c> is replaced by <paramref name="bufferName"/>.
    /// </summary>
    public string CompileLlvmIr(string llvmIr, int optLevel, string bufferName = "<stdin>")
    {
        ArgumentNullException.ThrowIfNull(llvmIr);
        ArgumentOutOfRangeException.ThrowIfNegative(optLevel);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(optLevel, 3);
        return Cache.GetOrCreate(IrKind, KeyOf(llvmIr, optLevel), SharedLibraryExtension, output =>
        {
            var args = new List<string>
            {
                "-shared", "-fPIC", "-O" + optLevel.ToString(CultureInfo.InvariantCulture), "-Wno-override-module",
                "-x", "ir", "-", "-o", output, "-lm",
            };
            // Calls between the program's own functions bind to them, never to a same-named global symbol of
            // the host process or another library (a function called @round or @index, say).
            if (OperatingSystem.IsLinux())
                args.Add("-Wl,-Bsymbolic");
            RunClang(args, llvmIr, bufferName, "the LLVM IR");
        });
    }

    /// <summary>Compiles the runtime library (<see cref="RunnerRuntime"/>) once per source and compiler and
    /// returns its cached path.</summary>
    public string CompileRuntime()
    {
        string key = ArtifactCache.Hash(RuntimeKind, RunnerRuntime.Source, Toolchain.Identity);
        return Cache.GetOrCreate(RuntimeKind, key, SharedLibraryExtension, output =>
            RunClang(["-shared", "-fPIC", "-O2", "-x", "c", "-", "-o", output, "-lm"], RunnerRuntime.Source,
                RunnerRuntime.FileName, "the runtime library"));
    }

    private void RunClang(IReadOnlyList<string> args, string input, string bufferName, string what)
    {
        var psi = new ProcessStartInfo(Toolchain.ClangPath)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = Utf8,
            StandardOutputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
        };
        foreach (string arg in args)
            psi.ArgumentList.Add(arg);
        Process? process;
        try
        {
            process = Process.Start(psi);
        }
        catch (Win32Exception e)
        {
            throw new NativeRunException("cannot run '" + Toolchain.ClangPath + "': " + e.Message, e);
        }
        if (process == null)
            throw new NativeRunException("cannot run '" + Toolchain.ClangPath + "'");
        using (process)
        {
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            try
            {
                process.StandardInput.Write(input);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // clang stopped reading (it failed early); its diagnostics tell why.
            }
            process.WaitForExit();
            string errors = stderr.Result + stdout.Result;
            if (process.ExitCode != 0)
            {
                errors = errors.Replace("<stdin>", bufferName, StringComparison.Ordinal).TrimEnd();
                throw new NativeRunException(Path.GetFileName(Toolchain.ClangPath) + " failed to compile " + what
                    + (errors.Length == 0 ? "" : ":\n" + errors));
            }
        }
    }
}
