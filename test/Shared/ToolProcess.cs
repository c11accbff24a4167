using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace Dialectic.Tests.Shared;

/// <summary>Runs external tools (located through <see cref="ExternalTools"/>) on text written to a temporary
/// file.</summary>
public static class ToolProcess
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes <paramref name="input"/> (UTF-8, no BOM) to a fresh temporary file ending in
    /// <paramref name="fileSuffix"/>, runs <paramref name="toolName"/> with <paramref name="args"/> followed by that
    /// file's path, and returns its exit code and output. The file is deleted afterwards.
    /// </summary>
    /// <param name="toolName">The tool to run, e.g. <c>mlir-opt-22</c>; resolved with
    /// <see cref="ExternalTools.Require"/>.</param>
    /// <param name="args">The arguments, passed one by one (no shell quoting), before the file path.</param>
    /// <param name="input">The text to write to the temporary input file.</param>
    /// <param name="fileSuffix">The temporary file's extension, including the dot.</param>
    /// <param name="timeoutMs">How long to wait before killing the tool and throwing
    /// <see cref="TimeoutException"/>.</param>
    public static ToolResult RunOnText(string toolName, IEnumerable<string> args, string input,
        string fileSuffix = ".mlir", int timeoutMs = 120_000)
    {
        ArgumentNullException.ThrowIfNull(toolName);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        string tool = ExternalTools.Require(toolName);
        string file = Path.Combine(Path.GetTempPath(), "dialectic-" + Guid.NewGuid().ToString("N") + fileSuffix);
        File.WriteAllText(file, input, Utf8);
        try
        {
            var psi = new ProcessStartInfo(tool)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = Utf8,
            };
            foreach (string arg in args)
                psi.ArgumentList.Add(arg);
            psi.ArgumentList.Add(file);
            using Process process = Process.Start(psi)
                ?? throw new InvalidOperationException("cannot start " + tool);
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeoutMs))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException(toolName + " did not finish within " + (timeoutMs / 1000) + " s.");
            }
            return new ToolResult(process.ExitCode, stdout.Result, stderr.Result);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
