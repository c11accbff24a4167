namespace Dialectic.Lit;

/// <summary>The verdict of one FileCheck run: FileCheck's exit code plus everything it wrote to stderr.</summary>
public sealed class FileCheckResult
{
    internal FileCheckResult(int exitCode, string diagnostics)
    {
        ExitCode = exitCode;
        Diagnostics = diagnostics;
    }

    /// <summary>0 when every check matched, 1 when a check failed, 2 for a usage or check-file syntax error.</summary>
    public int ExitCode { get; }

    /// <summary>True exactly when <see cref="ExitCode"/> is 0.</summary>
    public bool Passed => ExitCode == 0;

    /// <summary>FileCheck-format diagnostics (<c>file:line:col: error: ...</c>) and the input dump, if any.</summary>
    public string Diagnostics { get; }
}
