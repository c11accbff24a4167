using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Dialectic.Lit;

/// <summary>
/// The programmatic FileCheck: verifies an input text against the directives of a check text with the semantics
/// of LLVM 22's FileCheck (see <see cref="FileCheckOptions"/> for the supported options).
/// </summary>
public static class FileCheck
{
    private static readonly Regex ValidPrefix = new("^[A-Za-z0-9_-]+$", RegexOptions.CultureInvariant);

    /// <summary>
    /// Checks <paramref name="input"/> against the directives in <paramref name="checkText"/>. Never throws on bad
    /// check files or inputs: those are reported in the result with exit code 2 (usage or syntax) or 1 (mismatch).
    /// </summary>
    public static FileCheckResult Check(string checkText, string input, FileCheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(checkText);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var errors = new StringBuilder();
        int exitCode = Run(checkText, input, options, errors);
        return new FileCheckResult(exitCode, errors.ToString());
    }

    private static int Run(string checkText, string inputText, FileCheckOptions options, StringBuilder errors)
    {
        var prefixes = options.EffectivePrefixes.Concat(options.CommentPrefixes).ToList();
        foreach (string prefix in prefixes.Where(p => !ValidPrefix.IsMatch(p)))
        {
            errors.Append("error: supplied check prefix must start with a letter and contain only alphanumeric "
                + "characters, hyphens, and underscores: '").Append(prefix).Append("'\n");
            return 2;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string prefix in prefixes.Where(p => !seen.Add(p)))
        {
            errors.Append("error: supplied check prefix must be unique among check and comment prefixes: '")
                .Append(prefix).Append("'\n");
            return 2;
        }
        var check = new FileCheckSource(options.CheckFileName, Canonicalize(checkText, options.StrictWhitespace));
        var implicitNots = new List<FileCheckPattern>();
        foreach (string notText in options.ImplicitCheckNot)
        {
            const string Lead = "-implicit-check-not='";
            var source = new FileCheckSource("command line", Lead + Canonicalize(notText, options.StrictWhitespace)
                + "'");
            FileCheckPattern? pattern = FileCheckPattern.Parse(source, Lead.Length,
                source.Text.Substring(Lead.Length, source.Text.Length - Lead.Length - 1), CheckKind.Not,
                "IMPLICIT-CHECK", 1, false, options, errors);
            if (pattern == null)
                return 2;
            implicitNots.Add(pattern);
        }
        List<FileCheckString>? checks = FileCheckParser.Parse(check, options, implicitNots, errors);
        if (checks == null)
            return 2;
        var variables = new FileCheckVariables();
        if (!DefineCommandLineVariables(options.Definitions, variables, errors))
            return 2;
        if (inputText.Length == 0 && !options.AllowEmpty)
        {
            errors.Append("FileCheck error: '").Append(options.InputName).Append("' is empty.\n");
            return 2;
        }
        var input = new FileCheckSource(options.InputName, Canonicalize(inputText, options.StrictWhitespace));
        var matcher = new FileCheckMatcher(input, variables, errors, implicitNots);
        bool passed = matcher.Run(checks, options.EnableVarScope);
        if (options.DumpInput == FileCheckDumpMode.Always || (!passed && options.DumpInput == FileCheckDumpMode.Fail))
            FileCheckInputDump.Write(errors, input, options.CheckFileName, matcher.Annotations);
        return passed ? 0 : 1;
    }

    /// <summary>
    /// FileCheck's buffer canonicalization: CRLF becomes LF, and unless <paramref name="strict"/>, every run of
    /// spaces and tabs becomes one space. Applied to both the check file and the input.
    /// </summary>
    internal static string Canonicalize(string text, bool strict)
    {
        var output = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                continue;
            if (strict || (c != ' ' && c != '\t'))
            {
                output.Append(c);
                continue;
            }
            output.Append(' ');
            while (i + 1 < text.Length && (text[i + 1] == ' ' || text[i + 1] == '\t'))
                i++;
        }
        return output.ToString();
    }

    // -DVAR=value and -D#[%fmt,]NAME=expr.
    private static bool DefineCommandLineVariables(IReadOnlyList<string> definitions, FileCheckVariables variables,
        StringBuilder errors)
    {
        foreach (string definition in definitions)
        {
            int equals = definition.IndexOf('=');
            if (equals < 0)
            {
                errors.Append("Global defines: missing equal sign in global definition '").Append(definition)
                    .Append("'\n");
                return false;
            }
            string left = definition.Substring(0, equals);
            string right = definition.Substring(equals + 1);
            if (!left.StartsWith('#'))
            {
                if (!Regex.IsMatch(left, "^\\$?[A-Za-z_][A-Za-z0-9_]*$"))
                {
                    errors.Append("Global defines: invalid variable name '").Append(left).Append("'\n");
                    return false;
                }
                variables.SetString(left, right);
                continue;
            }
            Match spec = Regex.Match(left, "^#(?:%(?:\\.([0-9]+))?([udxX]),)?\\s*(\\$?[A-Za-z_][A-Za-z0-9_]*)\\s*$");
            FileCheckExpression? expression = FileCheckExpression.Parse(right, out string? error);
            if (!spec.Success || expression == null || expression.IsEmpty)
            {
                errors.Append("Global defines: invalid numeric definition '").Append(definition).Append("'");
                if (error != null)
                    errors.Append(": ").Append(error);
                errors.Append('\n');
                return false;
            }
            var undefined = new List<string>();
            if (!expression.TryEvaluate(variables, 0, undefined, out long value, out FileCheckNumericFormat format))
            {
                errors.Append("Global defines: undefined variable: ").Append(undefined[0]).Append('\n');
                return false;
            }
            if (spec.Groups[2].Success)
            {
                format = new FileCheckNumericFormat(spec.Groups[2].Value[0],
                    spec.Groups[1].Success ? int.Parse(spec.Groups[1].Value,
                        System.Globalization.CultureInfo.InvariantCulture) : 0);
            }
            variables.SetNumeric(spec.Groups[3].Value, value, format);
        }
        return true;
    }
}
