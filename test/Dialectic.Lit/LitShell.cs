using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace Dialectic.Lit;

/// <summary>
/// Executes parsed RUN lines in-process, like lit's internal shell with <c>pipefail</c>: pipeline stages run one
/// after another with the previous stage's stdout (a string) as stdin. Commands resolve, in order, to
/// <c>not</c>, the tool registry, the builtins, then an external executable. The working directory is state of
/// the shell (changed by <c>cd</c>), never of the process, so shells may run concurrently.
/// </summary>
internal sealed class LitShell
{
    /// <summary>The exit code reported for a command that crashed (an in-process tool threw, or a process died
    /// from a signal); only <c>not --crash</c> turns it into success.</summary>
    public const int CrashExitCode = -6;

    private readonly IReadOnlyDictionary<string, ToolEntry> tools;
    private readonly LitConfiguration configuration;
    private readonly StringBuilder log;
    private string workingDirectory;

    public LitShell(IReadOnlyDictionary<string, ToolEntry> tools, LitConfiguration configuration,
        string workingDirectory, StringBuilder log)
    {
        this.tools = tools;
        this.configuration = configuration;
        this.workingDirectory = workingDirectory;
        this.log = log;
    }

    /// <summary>Runs a whole RUN line; returns its exit status (that of the last pipeline run).</summary>
    public int Execute(LitSequence sequence)
    {
        int status = RunPipeline(sequence.Pipelines[0]);
        for (int i = 0; i < sequence.Operators.Count; i++)
        {
            string op = sequence.Operators[i];
            if ((op == "&&" && status != 0) || (op == "||" && status == 0))
                continue;
            status = RunPipeline(sequence.Pipelines[i + 1]);
        }
        return status;
    }

    private int RunPipeline(LitPipeline pipeline)
    {
        string input = "";
        int status = 0;
        for (int k = 0; k < pipeline.Commands.Count; k++)
        {
            LitCommand command = pipeline.Commands[k];
            bool last = k == pipeline.Commands.Count - 1;
            var stdoutCapture = new StringWriter { NewLine = "\n" };
            var stderrCapture = new StringWriter { NewLine = "\n" };
            var files = new Dictionary<string, (StringWriter Writer, bool Append)>(StringComparer.Ordinal);
            TextWriter stdout = stdoutCapture;
            TextWriter stderr = stderrCapture;
            string stdinText = input;
            int code;
            log.Append("# executed command: ").Append(string.Join(' ', command.Arguments.Select(Quote))).Append('\n');
            try
            {
                foreach (LitRedirect redirect in command.Redirects)
                {
                    if (redirect.Operator == "<")
                    {
                        stdinText = File.ReadAllText(Resolve(redirect.Target));
                        continue;
                    }
                    TextWriter target;
                    if (redirect.Operator == ">&")
                    {
                        target = redirect.Target switch
                        {
                            "1" => stdout,
                            "2" => stderr,
                            _ => throw new FormatException("unsupported redirection >&" + redirect.Target),
                        };
                    }
                    else if (redirect.Target == "/dev/null")
                    {
                        target = TextWriter.Null;
                    }
                    else
                    {
                        string path = Resolve(redirect.Target);
                        if (!files.TryGetValue(path, out var file))
                        {
                            file = (new StringWriter { NewLine = "\n" }, redirect.Operator == ">>");
                            files[path] = file;
                        }
                        target = file.Writer;
                    }
                    if (redirect.Fd is 1 or -1)
                        stdout = target;
                    if (redirect.Fd is 2 or -1)
                        stderr = target;
                }
                code = Invoke(command.Arguments.ToArray(), new StringReader(stdinText), stdout, stderr);
                foreach (var (path, (writer, append)) in files)
                {
                    if (append)
                        File.AppendAllText(path, writer.ToString());
                    else
                        File.WriteAllText(path, writer.ToString());
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
            {
                stderrCapture.WriteLine("lit: " + ex.Message);
                code = 1;
            }
            AppendOutput("stdout", last || stdout != stdoutCapture ? stdoutCapture.ToString() : "");
            AppendOutput("stderr", stderrCapture.ToString());
            if (code != 0)
                log.Append("# error: command failed with exit status: ").Append(code).Append('\n');
            input = stdoutCapture.ToString();
            if (code != 0)
                status = code;
        }
        return status;
    }

    private void AppendOutput(string stream, string text)
    {
        if (text.Length == 0)
            return;
        log.Append("# .---command ").Append(stream).Append("------------\n");
        foreach (string line in text.TrimEnd('\n').Split('\n'))
            log.Append("# | ").Append(line).Append('\n');
        log.Append("# `-----------------------------\n");
    }

    private static string Quote(string word) =>
        word.Length > 0 && word.All(c => char.IsLetterOrDigit(c) || "-_./=%:,+@".Contains(c))
            ? word
            : "'" + word.Replace("'", "'\\''") + "'";

    private string Resolve(string path) => Path.GetFullPath(Path.Combine(workingDirectory, path));

    private int Invoke(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        string name = configuration.Aliases.TryGetValue(args[0], out string? alias) ? alias : args[0];
        string[] rest = args[1..];
        if (name == "not")
            return Not(rest, stdin, stdout, stderr);
        if (name == "cd")
        {
            string target = rest.Length == 0 ? workingDirectory : Resolve(rest[0]);
            if (!Directory.Exists(target))
            {
                stderr.WriteLine("cd: " + (rest.Length == 0 ? "" : rest[0]) + ": No such file or directory");
                return 1;
            }
            workingDirectory = target;
            return 0;
        }
        if (tools.TryGetValue(name, out ToolEntry? tool))
        {
            try
            {
                return tool(AbsolutizePaths(rest), stdin, stdout, stderr);
            }
            catch (Exception ex)
            {
                stderr.WriteLine(name + " crashed: " + ex);
                return CrashExitCode;
            }
        }
        if (LitBuiltins.All.TryGetValue(name, out LitBuiltins.Builtin? builtin))
            return builtin(rest, stdin, stdout, stderr, workingDirectory);
        string? executable = LitToolLocator.Find(name);
        if (executable == null)
        {
            stderr.WriteLine("lit: '" + name + "': command not found: not a registered tool, not a builtin, and "
                + "not on DIALECTIC_LLVM_BIN, PATH or " + LitToolLocator.LlvmBinDirectory
                + " (LLVM tools: apt-get install -y mlir-22-tools llvm-22)");
            return 127;
        }
        return RunProcess(executable, rest, stdin, stdout, stderr);
    }

    // not CMD: succeeds iff CMD exits non-zero without crashing; not --crash CMD: succeeds iff CMD crashes.
    private int Not(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        bool crash = args.Length > 0 && args[0] == "--crash";
        if (crash)
            args = args[1..];
        if (args.Length == 0)
        {
            stderr.WriteLine("not: no command given");
            return 1;
        }
        int code = Invoke(args, stdin, stdout, stderr);
        bool crashed = code == CrashExitCode;
        if (crash)
            return crashed ? 0 : 1;
        return crashed || code == 0 ? 1 : 0;
    }

    // In-process tools resolve relative paths against the process directory, not this shell's; so arguments (or
    // the values of -opt=value) naming an existing file or directory relative to the shell's directory are made
    // absolute. Output paths that do not exist yet stay relative: lit tests use %t for those.
    private string[] AbsolutizePaths(string[] args)
    {
        var result = new string[args.Length];
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            int equals = arg.StartsWith('-') ? arg.IndexOf('=') : -1;
            string head = equals >= 0 ? arg.Substring(0, equals + 1) : "";
            string value = equals >= 0 ? arg.Substring(equals + 1) : arg;
            if (value.Length > 0 && value != "-" && (equals >= 0 || !value.StartsWith('-')) && !Path.IsPathRooted(value)
                && (File.Exists(Path.Combine(workingDirectory, value))
                    || Directory.Exists(Path.Combine(workingDirectory, value))))
                value = Resolve(value);
            result[i] = head + value;
        }
        return result;
    }

    private int RunProcess(string executable, string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
            start.ArgumentList.Add(arg);
        string? llvmBin = Environment.GetEnvironmentVariable("DIALECTIC_LLVM_BIN");
        string path = Environment.GetEnvironmentVariable("PATH") ?? "";
        start.Environment["PATH"] = (string.IsNullOrEmpty(llvmBin) ? "" : llvmBin + Path.PathSeparator) + path
            + Path.PathSeparator + LitToolLocator.LlvmBinDirectory;
        using var process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        try
        {
            process.StandardInput.Write(stdin.ReadToEnd());
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The process exited without reading all of its input; its exit code tells the story.
        }
        process.WaitForExit();
        stdout.Write(output.Result);
        stderr.Write(error.Result);
        // A process killed by signal N reports 128 + N.
        return process.ExitCode > 128 && process.ExitCode < 160 ? CrashExitCode : process.ExitCode;
    }
}
