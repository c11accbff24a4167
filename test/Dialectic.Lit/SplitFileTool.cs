using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace Dialectic.Lit;

/// <summary>
/// LLVM's <c>split-file</c>: <c>split-file [--leading-lines|--no-leading-lines] input output-dir</c> writes each
/// part of <c>input</c> introduced by a line matching <c>^(.|//)--- name</c> to <c>output-dir/name</c> (creating
/// directories in the name). Text before the first separator is dropped. With <c>--leading-lines</c> each part
/// starts with as many empty lines as precede its first line in the input, so line numbers are preserved;
/// without it (the default) parts start at their first line.
/// </summary>
public static class SplitFileTool
{
    private static readonly Regex Separator = new("^(?:.|//)--- ", RegexOptions.CultureInvariant);

    /// <summary>Runs split-file with relative paths resolved against the current directory.</summary>
    public static int Main(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdin, stdout, stderr, Environment.CurrentDirectory);

    /// <summary>Runs split-file with relative paths resolved against <paramref name="workingDirectory"/>.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr,
        string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(args);
        bool leadingLines = false;
        var positional = new List<string>();
        foreach (string arg in args)
        {
            if (arg is "--leading-lines" or "-leading-lines")
                leadingLines = true;
            else if (arg is "--no-leading-lines" or "-no-leading-lines")
                leadingLines = false;
            else if (arg.StartsWith('-') && arg != "-")
            {
                stderr.WriteLine("split-file: Unknown command line argument '" + arg + "'.");
                return 2;
            }
            else
                positional.Add(arg);
        }
        if (positional.Count != 2)
        {
            stderr.WriteLine("USAGE: split-file [options] filename directory");
            return 2;
        }
        string inputName = positional[0];
        string text;
        try
        {
            text = inputName == "-" ? stdin.ReadToEnd() : File.ReadAllText(Path.Combine(workingDirectory, inputName));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine("split-file: error: " + inputName + ": " + ex.Message);
            return 1;
        }
        // Lines keep their terminators so that a part reproduces its text byte for byte.
        var lines = new List<string>();
        for (int start = 0; start < text.Length;)
        {
            int newline = text.IndexOf('\n', start);
            int end = newline < 0 ? text.Length : newline + 1;
            lines.Add(text.Substring(start, end - start));
            start = end;
        }
        var parts = new List<(string Name, int FirstLine, List<string> Lines)>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < lines.Count; i++)
        {
            Match separator = Separator.Match(lines[i]);
            if (!separator.Success)
            {
                if (parts.Count > 0)
                    parts[^1].Lines.Add(lines[i]);
                continue;
            }
            string name = lines[i].Substring(separator.Length).Trim();
            if (seen.ContainsKey(name))
            {
                stderr.WriteLine(inputName + ":" + (i + 1) + ": error: '" + lines[i].TrimEnd('\n', '\r')
                    + "' occurs more than once");
                return 1;
            }
            seen[name] = i;
            parts.Add((name, i + 1, new List<string>()));
        }
        if (parts.Count == 0)
        {
            stderr.WriteLine("split-file: error: " + inputName + ": no part separator was found");
            return 1;
        }
        string outputDirectory = Path.Combine(workingDirectory, positional[1]);
        try
        {
            if (File.Exists(outputDirectory))
                File.Delete(outputDirectory);
            Directory.CreateDirectory(outputDirectory);
            foreach (var (name, firstLine, partLines) in parts)
            {
                string path = Path.Combine(outputDirectory, name);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                using var writer = new StreamWriter(path, false);
                if (leadingLines)
                    writer.Write(new string('\n', firstLine));
                foreach (string line in partLines)
                    writer.Write(line);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine("split-file: error: " + outputDirectory + ": " + ex.Message);
            return 1;
        }
        return 0;
    }
}
