using System;
using System.IO;

namespace Dialectic.Lit;

/// <summary>
/// Finds external executables the way the test suite expects: the <c>DIALECTIC_LLVM_BIN</c> directory first,
/// then <c>PATH</c>, then <c>/usr/lib/llvm-22/bin</c> (where Debian keeps un-suffixed LLVM tools such as
/// <c>not</c> and <c>split-file</c>).
/// </summary>
public static class LitToolLocator
{
    /// <summary>The directory holding LLVM 22's un-suffixed tools on Debian/Ubuntu.</summary>
    public const string LlvmBinDirectory = "/usr/lib/llvm-22/bin";

    /// <summary>The full path of executable <paramref name="name"/>, or null when it is nowhere to be found.
    /// A name containing a directory separator is only checked as a path.</summary>
    public static string? Find(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name.Contains('/') || name.Contains(Path.DirectorySeparatorChar))
            return IsExecutable(name) ? Path.GetFullPath(name) : null;
        string? configured = Environment.GetEnvironmentVariable("DIALECTIC_LLVM_BIN");
        if (!string.IsNullOrEmpty(configured) && Probe(configured, name) is string fromConfigured)
            return fromConfigured;
        string path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (string directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (Probe(directory, name) is string found)
                return found;
        }
        return Probe(LlvmBinDirectory, name);
    }

    private static string? Probe(string directory, string name)
    {
        string candidate = Path.Combine(directory, name);
        if (IsExecutable(candidate))
            return candidate;
        if (OperatingSystem.IsWindows() && IsExecutable(candidate + ".exe"))
            return candidate + ".exe";
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
}
