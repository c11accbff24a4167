using System.Diagnostics;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace Dialectic.Dialects.Tests.Run;

/// <summary>
/// The built dialectic-run executable, where native code writes straight to the process's standard output (no
/// capture): the program's C output and the printed result must reach a pipe in program order.
/// </summary>
public sealed class RunExecutableTests
{
    private const string Program = """
        declare void @printI64(i64)

        declare void @printNewline()

        define i64 @main() {
          call void @printI64(i64 1)
          call void @printNewline()
          call void @printI64(i64 2)
          ret i64 3
        }
        """;

    [DialecticRunExecutableFact(RunHarness.Clang)]
    public void NativeOutputAndTheResultArriveInOrderThroughAPipe()
    {
        string exe = DialecticRunExecutableFactAttribute.Path!;
        var psi = new ProcessStartInfo(exe)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { "-", "-e", "main", "-entry-point-result=i64" })
            psi.ArgumentList.Add(arg);
        using Process process = Process.Start(psi)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(Program);
        process.StandardInput.Close();
        Assert.True(process.WaitForExit(120_000));
        Assert.True(process.ExitCode == 0, stderr.Result);
        Assert.Equal("1\n23\n", stdout.Result.Replace("\r", ""));
    }

    [DialecticRunExecutableFact]
    public void ErrorsAreOneLineAndExitOne()
    {
        string exe = DialecticRunExecutableFactAttribute.Path!;
        var psi = new ProcessStartInfo(exe)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        psi.ArgumentList.Add("/nonexistent/input.ll");
        using Process process = Process.Start(psi)!;
        string err = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(1, process.ExitCode);
        Assert.Equal("cannot open input file '/nonexistent/input.ll': No such file or directory\n",
            err.Replace("\r", ""));
    }
}
