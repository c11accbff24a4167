using System;
using System.Collections.Generic;

namespace Dialectic.Lit;

/// <summary>
/// FileCheck's command-line options as data. Defaults equal real FileCheck's defaults (prefix <c>CHECK</c>,
/// comment prefixes <c>COM</c> and <c>RUN</c>, whitespace canonicalization on, <c>--dump-input=fail</c>).
/// </summary>
public sealed class FileCheckOptions
{
    /// <summary>Check prefixes (<c>--check-prefix</c>/<c>--check-prefixes</c>); <c>CHECK</c> when empty.</summary>
    public IReadOnlyList<string> CheckPrefixes { get; init; } = Array.Empty<string>();

    /// <summary>Comment prefixes (<c>--comment-prefixes</c>): a directive with one of these skips its line.</summary>
    public IReadOnlyList<string> CommentPrefixes { get; init; } = new[] { "COM", "RUN" };

    /// <summary>Patterns that must not occur anywhere between matches (<c>--implicit-check-not</c>).</summary>
    public IReadOnlyList<string> ImplicitCheckNot { get; init; } = Array.Empty<string>();

    /// <summary>
    /// Command-line variable definitions (<c>-D</c>): <c>VAR=value</c> for a string variable,
    /// <c>#NUM=expr</c> or <c>#%x,NUM=expr</c> for a numeric one.
    /// </summary>
    public IReadOnlyList<string> Definitions { get; init; } = Array.Empty<string>();

    /// <summary><c>--strict-whitespace</c>: do not collapse runs of spaces and tabs to one space.</summary>
    public bool StrictWhitespace { get; init; }

    /// <summary><c>--match-full-lines</c>: every positive pattern must match a whole input line.</summary>
    public bool MatchFullLines { get; init; }

    /// <summary><c>--allow-empty</c>: accept an empty input instead of reporting a usage error.</summary>
    public bool AllowEmpty { get; init; }

    /// <summary><c>--ignore-case</c>: match patterns case-insensitively.</summary>
    public bool IgnoreCase { get; init; }

    /// <summary><c>--enable-var-scope</c>: forget variables not starting with <c>$</c> at each CHECK-LABEL.</summary>
    public bool EnableVarScope { get; init; }

    /// <summary><c>--allow-unused-prefixes</c>: do not fail when some prefix has no directive.</summary>
    public bool AllowUnusedPrefixes { get; init; }

    /// <summary><c>--dump-input</c>.</summary>
    public FileCheckDumpMode DumpInput { get; init; } = FileCheckDumpMode.Fail;

    /// <summary>Name of the check file as shown in diagnostics.</summary>
    public string CheckFileName { get; init; } = "<check>";

    /// <summary>Name of the input as shown in diagnostics (<c>&lt;stdin&gt;</c> unless <c>--input-file</c>).</summary>
    public string InputName { get; init; } = "<stdin>";

    internal IReadOnlyList<string> EffectivePrefixes => CheckPrefixes.Count == 0 ? new[] { "CHECK" } : CheckPrefixes;
}
