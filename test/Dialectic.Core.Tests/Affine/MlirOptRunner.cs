using System;
using System.IO;
using Dialectic.Tests.Shared;

namespace Dialectic.Core.Tests.Affine;

/// <summary>Runs <c>mlir-opt-22</c> (located through <see cref="ExternalTools"/>) on a temporary file.</summary>
internal static class MlirOptRunner
{
    public const string ToolName = "mlir-opt-22";

    /// <summary>Runs the tool on <paramref name="input"/> with the given flags.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(string input, string flags)
    {
        string tool = ExternalTools.Require(ToolName);
        string file = Path.Combine(Path.GetTempPath(), "dialectic-affine-" + Guid.NewGuid().ToString("N") + ".mlir");
        File.WriteAllText(file, input);
        try
        {
            var psi = new System.Diagnostics.ProcessStartInfo(tool, flags + " " + file)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = System.Diagnostics.Process.Start(psi)!;
            var stderrTask = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException(ToolName + " did not finish within 120 s.");
            }
            return (process.ExitCode, stdout, stderrTask.Result);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
