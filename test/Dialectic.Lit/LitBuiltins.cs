using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Dialectic.Lit;

/// <summary>
/// The commands lit's internal shell runs itself (echo, cat, mkdir, rm, true, false, :, count, diff), taking the
/// shell's working directory explicitly so that tests can run in parallel in one process.
/// </summary>
internal static class LitBuiltins
{
    public delegate int Builtin(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, string cwd);

    public static readonly IReadOnlyDictionary<string, Builtin> All = new Dictionary<string, Builtin>(
        StringComparer.Ordinal)
    {
        ["echo"] = Echo,
        ["cat"] = Cat,
        ["mkdir"] = Mkdir,
        ["rm"] = Rm,
        ["true"] = (_, _, _, _, _) => 0,
        [":"] = (_, _, _, _, _) => 0,
        ["false"] = (_, _, _, _, _) => 1,
        ["count"] = Count,
        ["diff"] = Diff,
        ["split-file"] = (a, i, o, e, cwd) => SplitFileTool.Run(a, i, o, e, cwd),
        ["FileCheck"] = (a, i, o, e, cwd) => FileCheckTool.Run(a, i, o, e, cwd),
        ["FileCheck-22"] = (a, i, o, e, cwd) => FileCheckTool.Run(a, i, o, e, cwd),
    };

    private static int Echo(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, string cwd)
    {
        int i = 0;
        bool newline = true;
        bool escapes = false;
        for (; i < args.Length && args[i].Length > 1 && args[i][0] == '-' && args[i].Skip(1).All(c => c is 'n' or 'e');
             i++)
        {
            newline &= !args[i].Contains('n');
            escapes |= args[i].Contains('e');
        }
        string text = string.Join(' ', args.Skip(i));
        if (escapes)
            text = text.Replace("\\n", "\n").Replace("\\t", "\t").Replace("\\\\", "\\");
        stdout.Write(newline ? text + "\n" : text);
        return 0;
    }

    private static int Cat(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, string cwd)
    {
        if (args.Length == 0)
        {
            stdout.Write(stdin.ReadToEnd());
            return 0;
        }
        foreach (string file in args)
        {
            if (file == "-")
            {
                stdout.Write(stdin.ReadToEnd());
                continue;
            }
            string path = Path.Combine(cwd, file);
            if (!File.Exists(path))
            {
                stderr.WriteLine("cat: " + file + ": No such file or directory");
                return 1;
            }
            stdout.Write(File.ReadAllText(path));
        }
        return 0;
    }

    private static int Mkdir(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, string cwd)
    {
        bool parents = args.Contains("-p");
        foreach (string directory in args.Where(a => a != "-p"))
        {
            string path = Path.Combine(cwd, directory);
            if (!parents && (Directory.Exists(path) || !Directory.Exists(Path.GetDirectoryName(path))))
            {
                stderr.WriteLine("mkdir: cannot create directory '" + directory + "'");
                return 1;
            }
            Directory.CreateDirectory(path);
        }
        return 0;
    }

    private static int Rm(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, string cwd)
    {
        bool recursive = false;
        bool force = false;
        int status = 0;
        foreach (string arg in args)
        {
            if (arg.StartsWith('-') && arg.Length > 1)
            {
                recursive |= arg.Contains('r') || arg.Contains('R');
                force |= arg.Contains('f');
                continue;
            }
            string path = Path.Combine(cwd, arg);
            if (Directory.Exists(path))
            {
                if (!recursive)
                {
                    stderr.WriteLine("rm: cannot remove '" + arg + "': Is a directory");
                    status = 1;
                    continue;
                }
                Directory.Delete(path, true);
            }
            else if (File.Exists(path))
            {
                File.Delete(path);
            }
            else if (!force)
            {
                stderr.WriteLine("rm: cannot remove '" + arg + "': No such file or directory");
                status = 1;
            }
        }
        return status;
    }

    // LLVM's count: succeeds when stdin has exactly N lines.
    private static int Count(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, string cwd)
    {
        if (args.Length != 1 || !int.TryParse(args[0], out int expected))
        {
            stderr.WriteLine("usage: count <expected line count>");
            return 1;
        }
        string text = stdin.ReadToEnd();
        int lines = text.Count(c => c == '\n') + (text.Length > 0 && !text.EndsWith('\n') ? 1 : 0);
        if (lines == expected)
            return 0;
        stderr.WriteLine("Expected " + expected + " lines, got " + lines + ".");
        return 1;
    }

    // Compares two files (or '-' for stdin) line by line; prints the differing lines and returns 1 if any.
    private static int Diff(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, string cwd)
    {
        bool stripCr = args.Contains("--strip-trailing-cr");
        var files = args.Where(a => a == "-" || !a.StartsWith('-')).ToList();
        if (files.Count != 2)
        {
            stderr.WriteLine("diff: expected two files");
            return 2;
        }
        var texts = new string[2];
        for (int k = 0; k < 2; k++)
        {
            string path = Path.Combine(cwd, files[k]);
            if (files[k] != "-" && !File.Exists(path))
            {
                stderr.WriteLine("diff: " + files[k] + ": No such file or directory");
                return 2;
            }
            texts[k] = files[k] == "-" ? stdin.ReadToEnd() : File.ReadAllText(path);
            if (stripCr)
                texts[k] = texts[k].Replace("\r\n", "\n");
        }
        if (texts[0] == texts[1])
            return 0;
        string[] left = texts[0].Split('\n');
        string[] right = texts[1].Split('\n');
        var output = new StringBuilder();
        output.Append("--- ").Append(files[0]).Append("\n+++ ").Append(files[1]).Append('\n');
        for (int line = 0; line < Math.Max(left.Length, right.Length); line++)
        {
            string? a = line < left.Length ? left[line] : null;
            string? b = line < right.Length ? right[line] : null;
            if (a == b)
                continue;
            output.Append("@@ line ").Append(line + 1).Append(" @@\n");
            if (a != null)
                output.Append('-').Append(a).Append('\n');
            if (b != null)
                output.Append('+').Append(b).Append('\n');
        }
        stdout.Write(output.ToString());
        return 1;
    }
}
