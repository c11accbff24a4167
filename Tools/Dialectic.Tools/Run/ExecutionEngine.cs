using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace Dialectic.Tools.Run;

/// <summary>
/// Runs functions of a compiled program in this process: loads the extra shared libraries and the runtime
/// globally (so the program's undefined symbols resolve against them), then the program, and calls exported
/// functions through unmanaged function pointers. Libraries stay loaded for the life of the process.
/// </summary>
public sealed unsafe class ExecutionEngine
{
    // Native output of every engine goes through the same file descriptors: redirections are serialized.
    private static readonly object CaptureLock = new();

    private readonly nint program;
    private readonly delegate* unmanaged<void> flush;
    private readonly delegate* unmanaged<double, byte*, int, int> formatDouble;
    private readonly delegate* unmanaged<int, byte*, int> redirectBegin;
    private readonly delegate* unmanaged<int, int, void> redirectEnd;

    private ExecutionEngine(nint program, nint runtime)
    {
        this.program = program;
        flush = (delegate* unmanaged<void>)RequireExport(runtime, "dialectic_flush");
        formatDouble = (delegate* unmanaged<double, byte*, int, int>)RequireExport(runtime, "dialectic_format_double");
        redirectBegin = (delegate* unmanaged<int, byte*, int>)RequireExport(runtime, "dialectic_redirect_begin");
        redirectEnd = (delegate* unmanaged<int, int, void>)RequireExport(runtime, "dialectic_redirect_end");
    }

    /// <summary>
    /// Loads <paramref name="sharedLibraries"/> (in order), then <paramref name="runtimeLibrary"/>, globally, then
    /// <paramref name="programLibrary"/>. Throws <see cref="NativeRunException"/> naming the library and the
    /// loader's reason (a missing file, an unresolved symbol) when one does not load.
    /// </summary>
    public static ExecutionEngine Load(string programLibrary, string runtimeLibrary,
        IReadOnlyList<string> sharedLibraries)
    {
        ArgumentNullException.ThrowIfNull(programLibrary);
        ArgumentNullException.ThrowIfNull(runtimeLibrary);
        ArgumentNullException.ThrowIfNull(sharedLibraries);
        foreach (string library in sharedLibraries)
            Open(library, global: true);
        nint runtime = Open(runtimeLibrary, global: true);
        nint program = NativeLoader.Open(programLibrary, global: false, out string error);
        if (program == 0)
        {
            // The usual cause: a function neither the runtime nor the --shared-libs define.
            const string Undefined = "undefined symbol: ";
            int at = error.IndexOf(Undefined, StringComparison.Ordinal);
            if (at >= 0)
                throw new NativeRunException("the program calls '" + error[(at + Undefined.Length)..].Trim()
                    + "', which neither the runtime nor the --shared-libs define");
            throw new NativeRunException("cannot load the compiled program '" + programLibrary + "': " + error);
        }
        return new ExecutionEngine(program, runtime);
    }

    /// <summary>The address of the program's exported <paramref name="symbol"/>, or 0 when there is none.</summary>
    public nint Lookup(string symbol)
    {
        ArgumentException.ThrowIfNullOrEmpty(symbol);
        return NativeLibrary.TryGetExport(program, symbol, out nint address) ? address : 0;
    }

    /// <summary>
    /// Calls the program's function <paramref name="entryPoint"/>, which takes no arguments and returns
    /// <paramref name="result"/>, and returns its value boxed (<see cref="int"/>, <see cref="long"/>,
    /// <see cref="float"/>, <see cref="double"/>; null for void). C streams are flushed afterwards. The caller
    /// vouches for the signature (<see cref="LlvmIrEntryPoint.Check"/>): a wrong one is undefined behaviour.
    /// Throws <see cref="NativeRunException"/> when the function is not exported.
    /// </summary>
    public object? Invoke(string entryPoint, EntryPointResult result)
    {
        nint function = Lookup(entryPoint);
        if (function == 0)
            throw new NativeRunException("entry point not found");
        try
        {
            switch (result)
            {
                case EntryPointResult.Void:
                    ((delegate* unmanaged<void>)function)();
                    return null;
                case EntryPointResult.I32:
                    return ((delegate* unmanaged<int>)function)();
                case EntryPointResult.I64:
                    return ((delegate* unmanaged<long>)function)();
                case EntryPointResult.F32:
                    return ((delegate* unmanaged<float>)function)();
                case EntryPointResult.F64:
                    return ((delegate* unmanaged<double>)function)();
                default:
                    throw new ArgumentOutOfRangeException(nameof(result));
            }
        }
        finally
        {
            flush();
        }
    }

    /// <summary>
    /// As <see cref="Invoke"/>, with the process's standard output and error (file descriptors 1 and 2) redirected
    /// meanwhile, and what the native code wrote to them appended to <paramref name="stdout"/> and
    /// <paramref name="stderr"/> afterwards. For hosts whose writers are not the process's own streams (tests, the
    /// in-process lit runner). Anything else the process writes to those descriptors during the call is captured
    /// too; concurrent captures are serialized.
    /// </summary>
    public object? InvokeCapturing(string entryPoint, EntryPointResult result, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (Lookup(entryPoint) == 0)
            throw new NativeRunException("entry point not found");
        string outPath = Path.Combine(Path.GetTempPath(), "dialectic-run-" + Guid.NewGuid().ToString("N") + ".out");
        string errPath = Path.ChangeExtension(outPath, ".err");
        lock (CaptureLock)
        {
            Console.Out.Flush();
            Console.Error.Flush();
            int savedOut = Redirect(1, outPath);
            int savedErr = Redirect(2, errPath);
            object? value;
            try
            {
                value = Invoke(entryPoint, result);
            }
            finally
            {
                redirectEnd(2, savedErr);
                redirectEnd(1, savedOut);
            }
            stdout.Write(ReadAndDelete(outPath));
            stderr.Write(ReadAndDelete(errPath));
            return value;
        }
    }

    /// <summary>
    /// <paramref name="value"/> (a result of <see cref="Invoke"/>) as mlir-runner prints it, without the newline:
    /// integers in decimal; floats as LLVM's <c>raw_ostream</c> prints a double: <c>%.6e</c>, <c>nan</c>,
    /// <c>INF</c>, <c>-INF</c>. Null for void.
    /// </summary>
    public string? FormatResult(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case int i:
                return i.ToString(CultureInfo.InvariantCulture);
            case long l:
                return l.ToString(CultureInfo.InvariantCulture);
            case float f:
                return FormatDouble(f);
            case double d:
                return FormatDouble(d);
            default:
                throw new ArgumentException("not a result of Invoke", nameof(value));
        }
    }

    /// <summary>Flushes the C library's output streams (<c>fflush(NULL)</c>).</summary>
    public void FlushNativeStreams() => flush();

    private string FormatDouble(double value)
    {
        byte* buffer = stackalloc byte[64];
        int length = formatDouble(value, buffer, 64);
        return Encoding.ASCII.GetString(buffer, Math.Clamp(length, 0, 63));
    }

    private int Redirect(int fd, string path)
    {
        nint name = Marshal.StringToCoTaskMemUTF8(path);
        try
        {
            return redirectBegin(fd, (byte*)name);
        }
        finally
        {
            Marshal.FreeCoTaskMem(name);
        }
    }

    private static string ReadAndDelete(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : "";
        }
        finally
        {
            try
            {
                File.Delete(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    private static nint Open(string path, bool global)
    {
        nint handle = NativeLoader.Open(path, global, out string error);
        if (handle == 0)
            throw new NativeRunException("cannot load shared library '" + path + "': " + error);
        return handle;
    }

    private static nint RequireExport(nint library, string name)
    {
        if (!NativeLibrary.TryGetExport(library, name, out nint address))
            throw new NativeRunException("the runtime library lacks '" + name + "'");
        return address;
    }
}
