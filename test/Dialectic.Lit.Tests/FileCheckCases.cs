using System.Collections.Generic;
using System.Linq;

namespace Dialectic.Lit.Tests;

/// <summary>
/// The FileCheck scenarios shared by the in-process and the differential (real FileCheck-22) tests. Every
/// expected exit code was obtained from FileCheck-22 and is asserted against it when the tool is installed.
/// </summary>
public static class FileCheckCases
{
    private static readonly string[] None = System.Array.Empty<string>();

    public static readonly IReadOnlyList<FileCheckCase> All = new FileCheckCase[]
    {
        // Plain CHECK: substring search, in order.
        new("plain-pass", "CHECK: foo\nCHECK: bar\n", "xx foo yy\nbar\n", None, 0),
        new("plain-order", "CHECK: bar\nCHECK: foo\n", "foo\nbar\n", None, 1),
        new("plain-missing", "CHECK: baz\n", "foo\n", None, 1),
        new("plain-same-line-twice", "CHECK: a\nCHECK: b\n", "a b\n", None, 0),
        new("no-check-strings", "nothing here\n", "foo\n", None, 2),
        new("empty-input", "CHECK: foo\n", "", None, 2),
        new("empty-input-allowed", "CHECK-NOT: foo\n", "", new[] { "--allow-empty" }, 0),
        new("prefix-part-of-word", "XCHECK: nothere\nCHECK: foo\n", "foo\n", None, 0),
        new("comment-directive", "COM: CHECK: nothere\nCHECK: foo\n", "foo\n", None, 0),
        new("run-line-ignored", "RUN: CHECK: nothere\nCHECK: foo\n", "foo\n", None, 0),
        new("empty-pattern-error", "CHECK:\n", "foo\n", None, 2),
        // CHECK-NEXT.
        new("next-pass", "CHECK: a\nCHECK-NEXT: b\n", "a\nb\n", None, 0),
        new("next-skipped-line", "CHECK: a\nCHECK-NEXT: b\n", "a\nx\nb\n", None, 1),
        new("next-same-line", "CHECK: a\nCHECK-NEXT: b\n", "a b\n", None, 1),
        new("next-first-error", "CHECK-NEXT: a\n", "a\n", None, 2),
        // CHECK-SAME.
        new("same-pass", "CHECK: a\nCHECK-SAME: b\n", "a b\n", None, 0),
        new("same-fail", "CHECK: a\nCHECK-SAME: b\n", "a\nb\n", None, 1),
        // CHECK-EMPTY.
        new("empty-pass", "CHECK: a\nCHECK-EMPTY:\nCHECK-NEXT: b\n", "a\n\nb\n", None, 0),
        new("empty-fail", "CHECK: a\nCHECK-EMPTY:\n", "a\nz\n\n", None, 1),
        new("empty-nonempty-pattern", "CHECK: a\nCHECK-EMPTY: x\n", "a\n\n", None, 2),
        // CHECK-NOT.
        new("not-pass", "CHECK: a\nCHECK-NOT: x\nCHECK: b\n", "a\nb\nx\n", None, 0),
        new("not-fail", "CHECK: a\nCHECK-NOT: x\nCHECK: b\n", "a\nx\nb\n", None, 1),
        new("not-trailing", "CHECK: a\nCHECK-NOT: x\n", "a\nx\n", None, 1),
        new("not-leading", "CHECK-NOT: x\nCHECK: a\n", "x\na\n", None, 1),
        new("not-only", "CHECK-NOT: x\n", "a\n", None, 0),
        // CHECK-DAG.
        new("dag-any-order", "CHECK-DAG: b\nCHECK-DAG: a\nCHECK: c\n", "a\nb\nc\n", None, 0),
        new("dag-missing", "CHECK-DAG: a\nCHECK-DAG: q\n", "a\nb\n", None, 1),
        new("dag-no-overlap", "CHECK-DAG: a\nCHECK-DAG: a\n", "a\n", None, 1),
        new("dag-two-occurrences", "CHECK-DAG: a\nCHECK-DAG: a\n", "a\na\n", None, 0),
        new("dag-not-between-groups", "CHECK-DAG: a\nCHECK-DAG: b\nCHECK-NOT: c\nCHECK-DAG: d\n", "b\na\nc\nd\n",
            None, 1),
        new("dag-not-ok", "CHECK-DAG: a\nCHECK-NOT: c\nCHECK-DAG: d\n", "c\na\nd\n", None, 0),
        new("dag-before-check-bounded", "CHECK-DAG: x\nCHECK: a\n", "a\nx\n", None, 1),
        // CHECK-LABEL.
        new("label-pass", "CHECK-LABEL: f1\nCHECK: x\nCHECK-LABEL: f2\nCHECK: y\n", "f1\nx\nf2\ny\n", None, 0),
        new("label-confines", "CHECK-LABEL: f1\nCHECK: y\nCHECK-LABEL: f2\n", "f1\nx\nf2\ny\n", None, 1),
        new("label-missing", "CHECK-LABEL: f3\n", "f1\n", None, 1),
        new("label-recovers-after-failure", "CHECK-LABEL: f1\nCHECK: q\nCHECK-LABEL: f2\nCHECK: y\n",
            "f1\nf2\ny\n", None, 1),
        // CHECK-COUNT.
        new("count-pass", "CHECK-COUNT-3: x\n", "x\nx x\n", None, 0),
        new("count-fail", "CHECK-COUNT-3: x\n", "x\nx\ny\n", None, 1),
        new("count-zero-error", "CHECK-COUNT-0: x\n", "x\n", None, 2),
        // Regexes.
        new("regex-digits", "CHECK: a{{[0-9]+}}b\n", "a123b\n", None, 0),
        new("regex-no-match", "CHECK: a{{[0-9]+}}b\n", "axb\n", None, 1),
        new("regex-backslash-d-is-d", "CHECK: {{\\d}}\n", "d\n", None, 0),
        new("regex-posix-class", "CHECK: {{[[:alpha:]]+}}{{[[:digit:]]}}\n", "abc1\n", None, 0),
        new("regex-anchor-line-start", "CHECK: {{^}}bar\n", "foo bar\n", None, 1),
        new("regex-anchor-ok", "CHECK: {{^}}bar\n", "foo\nbar\n", None, 0),
        new("regex-dot-no-newline", "CHECK: a{{.*}}b\n", "a\nb\n", None, 1),
        new("regex-negated-no-newline", "CHECK: a{{[^x]*}}b\n", "a\nb\n", None, 1),
        new("regex-alternation", "CHECK: {{foo|bar}}baz\n", "barbaz\n", None, 0),
        new("regex-unclosed", "CHECK: {{abc\n", "abc\n", None, 2),
        new("literal-brackets-in-text", "CHECK: a(b)*c.\n", "a(b)*c.\n", None, 0),
        new("literal-modifier", "CHECK{LITERAL}: [[x]] {{y}}\n", "[[x]] {{y}}\n", None, 0),
        // Variables.
        new("var-def-use", "CHECK: x = [[V:[0-9]+]]\nCHECK: y = [[V]]\n", "x = 42\ny = 42\n", None, 0),
        new("var-mismatch", "CHECK: x = [[V:[0-9]+]]\nCHECK: y = [[V]]\n", "x = 42\ny = 43\n", None, 1),
        new("var-same-line-backref", "CHECK: [[X:[a-z]+]] = [[X]]\n", "ab = ab\n", None, 0),
        new("var-undefined", "CHECK: [[Y]]\n", "ab\n", None, 1),
        new("var-command-line", "CHECK: v=[[VAL]]\n", "v=7\n", new[] { "-DVAL=7" }, 0),
        new("var-command-line-mismatch", "CHECK: v=[[VAL]]\n", "v=8\n", new[] { "-DVAL=7" }, 1),
        new("var-unclosed", "CHECK: [[X\n", "x\n", None, 2),
        new("var-capture-ssa", "CHECK: %[[R:.*]] = addi\nCHECK: return %[[R]]\n",
            "%sum = addi %a, %b\nreturn %sum\n", None, 0),
        // Numeric variables.
        new("numeric-def-use", "CHECK: a[[#N:]]b\nCHECK: c[[#N+1]]\n", "a5b\nc6\n", None, 0),
        new("numeric-wrong-value", "CHECK: a[[#N:]]b\nCHECK: c[[#N+1]]\n", "a5b\nc7\n", None, 1),
        new("numeric-hex", "CHECK: [[#%x,A:]]\nCHECK: [[#A+1]]\n", "ff\n100\n", None, 0),
        new("numeric-line", "CHECK: line [[#@LINE]]\n", "line 1\n", None, 0),
        new("numeric-legacy-line", "\nCHECK: line [[@LINE-1]]\n", "line 1\n", None, 0),
        new("numeric-command-line", "CHECK: [[#N+2]]\n", "12\n", new[] { "-D#N=10" }, 0),
        // Options.
        new("prefix-option", "FOO: a\nCHECK: zzz\n", "a\n", new[] { "--check-prefix=FOO" }, 0),
        new("prefixes-option", "A: a\nB: b\n", "a\nb\n", new[] { "--check-prefixes=A,B" }, 0),
        new("prefixes-unused", "A: a\n", "a\n", new[] { "--check-prefixes=A,B" }, 2),
        new("prefixes-unused-allowed", "A: a\n", "a\n", new[] { "--check-prefixes=A,B", "--allow-unused-prefixes" },
            0),
        new("prefix-digit-first", "1A: a\n", "a\n", new[] { "--check-prefix=1A" }, 0),
        new("prefix-invalid", "A.B: a\n", "a\n", new[] { "--check-prefix=A.B" }, 2),
        new("prefix-duplicate", "A: a\n", "a\n", new[] { "--check-prefixes=A,A" }, 2),
        new("implicit-not-pass", "CHECK: foo\n", "foo\nbar\n", new[] { "--implicit-check-not=warning" }, 0),
        new("implicit-not-fail", "CHECK: foo\n", "foo\nwarning: x\n", new[] { "--implicit-check-not=warning" }, 1),
        new("implicit-not-regex", "CHECK: foo\n", "foo\nerr7\n", new[] { "--implicit-check-not={{err[0-9]}}" }, 1),
        new("whitespace-canonical", "CHECK: a b  c\n", "a \t b c\n", None, 0),
        new("whitespace-strict", "CHECK: a b\n", "a  b\n", new[] { "--strict-whitespace" }, 1),
        new("whitespace-leading-pattern", "CHECK:      foo\n", "foo\n", None, 0),
        new("full-lines-pass", "CHECK: foo bar\n", "  foo bar\n", new[] { "--match-full-lines" }, 0),
        new("full-lines-fail", "CHECK: foo\n", "foo bar\n", new[] { "--match-full-lines" }, 1),
        new("full-lines-strict", "CHECK: foo\n", "  foo\n", new[] { "--match-full-lines", "--strict-whitespace" },
            1),
        new("ignore-case", "CHECK: FOO\n", "foo\n", new[] { "--ignore-case" }, 0),
        new("var-scope", "CHECK-LABEL: f1\nCHECK: [[V:[a-z]+]]\nCHECK-LABEL: f2\nCHECK: [[V]]\n", "f1\nq\nf2\nq\n",
            new[] { "--enable-var-scope" }, 1),
        new("unknown-option", "CHECK: a\n", "a\n", new[] { "--no-such-option" }, 1),
    };

    /// <summary>Case names for xunit's MemberData (one xunit case per scenario).</summary>
    public static IEnumerable<object[]> Names => All.Select(c => new object[] { c.Name });

    public static FileCheckCase Get(string name) => All.Single(c => c.Name == name);
}
