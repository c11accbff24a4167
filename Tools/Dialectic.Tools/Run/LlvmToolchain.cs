using System;
using System.Globalization;
using System.IO;

namespace Dialectic.Tools.Run;

/// <summary>
/// The clang that compiles LLVM IR and the runtime library: <c>clang-22</c>, then <c>clang</c>, looked up in
/// <c>DIALECTIC_LLVM_BIN</c> first, then on <c>PATH</c>, then in <c>/usr/lib/llvm-22/bin</c>.
/// </summary>
public sealed class LlvmToolchain
{
    /// <summary>The directory where Debian and Ubuntu keep LLVM 22's un-suffixed tools.</summary>
    public const string Llvm22BinDirectory = "/usr/lib/llvm-22/bin";

    /// <summary>The one-line message (without tool prefix) shown when no clang can be found.</summary>
    public const string MissingClangMessage =
        "clang-22 not found; install it with 'apt-get install clang-22', or set DIALECTIC_LLVM_BIN to the directory "
        + "that holds it";

    private static readonly string[] ClangNames = ["clang-22", "clang"];

    private LlvmToolchain(string clangPath, string identity)
    {
        ClangPath = clangPath;
        Identity = identity;
    }

    /// <summary>The full path of the clang executable.</summary>
    public string ClangPath { get; }

    /// <summary>
    /// What identifies this clang for caching: its resolved path, size and modification time. Any upgrade of the
    /// compiler changes it, without running the compiler on every (cached) use.
    /// </summary>
    public string Identity { get; }

    /// <summary>Finds clang through the environment (<c>DIALECTIC_LLVM_BIN</c>, <c>PATH</c>); null when none is
    /// installed.</summary>
    public static LlvmToolchain? Find() =>
        Find(Environment.GetEnvironmentVariable("DIALECTIC_LLVM_BIN"), Environment.GetEnvironmentVariable("PATH"),
            Llvm22BinDirectory);

    /// <summary>
    /// Finds clang in <paramref name="llvmBinDirectory"/> (when set), then in the directories of
    /// <paramref name="searchPath"/>, then as <c>clang</c> in <paramref name="fallbackDirectory"/> (when set);
    /// null when it is in none of them.
    /// </summary>
    public static LlvmToolchain? Find(string? llvmBinDirectory, string? searchPath, string? fallbackDirectory)
    {
        string? clang = FindClang(llvmBinDirectory, searchPath, fallbackDirectory);
        return clang == null ? null : new LlvmToolchain(clang, IdentityOf(clang));
    }

    /// <summary>Finds clang through the environment; throws <see cref="NativeRunException"/> with
    /// <see cref="MissingClangMessage"/> when none is installed.</summary>
    public static LlvmToolchain Require() => Find() ?? throw new NativeRunException(MissingClangMessage);

    private static string? FindClang(string? llvmBinDirectory, string? searchPath, string? fallbackDirectory)
    {
        if (!string.IsNullOrEmpty(llvmBinDirectory))
        {
            foreach (string name in ClangNames)
            {
                if (Probe(llvmBinDirectory, name) is string found)
                    return found;
            }
        }
        string[] path = (searchPath ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (string name in ClangNames)
        {
            foreach (string directory in path)
            {
                if (Probe(directory, name) is string found)
                    return found;
            }
        }
        return string.IsNullOrEmpty(fallbackDirectory) ? null : Probe(fallbackDirectory, "clang");
    }

    private static string? Probe(string directory, string name)
    {
        try
        {
            string candidate = Path.GetFullPath(Path.Combine(directory, name));
            if (IsExecutable(candidate))
                return candidate;
            if (OperatingSystem.IsWindows() && IsExecutable(candidate + ".exe"))
                return candidate + ".exe";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException
                                       or NotSupportedException)
        {
        }
        return null;
    }

    private static bool IsExecutable(string path)
    {
        if (!File.Exists(path))
            return false;
        if (OperatingSystem.IsWindows())
            return true;
        UnixFileMode mode = File.GetUnixFileMode(path);
        return (mode & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
    }

    private static string IdentityOf(string clang)
    {
        string resolved = clang;
        try
        {
            resolved = File.ResolveLinkTarget(clang, returnFinalTarget: true)?.FullName ?? clang;
            var info = new FileInfo(resolved);
            return resolved + "|" + info.Length.ToString(CultureInfo.InvariantCulture) + "|"
                + info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return resolved;
        }
    }
}
