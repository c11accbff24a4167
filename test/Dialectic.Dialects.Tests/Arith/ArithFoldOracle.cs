using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Dialectic.Core.IR;
using Dialectic.Core.Syntax;
using Dialectic.Tests.Shared;

namespace Dialectic.Dialects.Tests.Arith;

/// <summary>
/// Differential folding of arith ops: the same functions (constants, one op, a return of its results) are
/// canonicalized by <c>mlir-opt-22</c> and folded by our op's folder (through <see cref="Operation.Fold"/>, which
/// reads the operands' <c>arith.constant</c>s); each returned result is compared as the attribute MLIR prints for it,
/// or "(no fold)".
/// </summary>
public static class ArithFoldOracle
{
    private const string NoFold = "(no fold)";

    private static readonly Regex FunctionName = new("sym_name = \"c(\\d+)\"", RegexOptions.Compiled);
    private static readonly Regex ConstantDef =
        new("(%\\S+) = \"arith\\.constant\"\\(\\) <\\{value = (.*)\\}> : \\(\\) -> ", RegexOptions.Compiled);
    private static readonly Regex Return = new("\"func\\.return\"\\(([^)]*)\\)", RegexOptions.Compiled);

    /// <summary>The module text: one function <c>@c{i}</c> per case.</summary>
    public static string Module(IReadOnlyList<ArithFoldCase> cases)
    {
        var text = new StringBuilder();
        for (int i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            text.Append("func.func @c").Append(i.ToString(CultureInfo.InvariantCulture)).Append("() -> (")
                .Append(string.Join(", ", c.ResultTypes)).Append(") {\n");
            // Equal constants are one value, as canonicalization makes them before folding.
            string body = c.Body;
            for (int k = 0; k < c.Operands.Length; k++)
            {
                int first = Array.IndexOf(c.Operands, c.Operands[k]);
                if (first < k)
                    body = body.Replace("%" + (char)('a' + k), "%" + (char)('a' + first), StringComparison.Ordinal);
                else
                    text.Append("  %").Append((char)('a' + k)).Append(" = arith.constant ").Append(c.Operands[k])
                        .Append('\n');
            }
            text.Append("  ").Append(body).Append('\n');
            text.Append("  return ");
            for (int k = 0; k < c.ResultTypes.Length; k++)
                text.Append(k == 0 ? "" : ", ").Append(c.ResultTypes.Length == 1 ? "%r" : "%r#" + k);
            text.Append(" : ").Append(string.Join(", ", c.ResultTypes)).Append("\n}\n");
        }
        return text.ToString();
    }

    /// <summary>What <c>mlir-opt-22 --canonicalize</c> returns for each result of each case.</summary>
    public static string[][] MlirFolds(IReadOnlyList<ArithFoldCase> cases)
    {
        var run = ToolProcess.RunOnText("mlir-opt-22", ["--canonicalize", "--mlir-print-op-generic"], Module(cases));
        if (run.ExitCode != 0)
            throw new InvalidOperationException("mlir-opt-22 failed: " + run.Stderr);
        var results = new string[cases.Count][];
        var chunks = run.Stdout.Split("\"func.func\"");
        for (int i = 1; i < chunks.Length; i++)
        {
            var chunk = chunks[i];
            int index = int.Parse(FunctionName.Match(chunk).Groups[1].Value, CultureInfo.InvariantCulture);
            var constants = new Dictionary<string, string>();
            foreach (Match m in ConstantDef.Matches(chunk))
                constants[m.Groups[1].Value] = m.Groups[2].Value;
            var returned = Return.Match(chunk).Groups[1].Value.Split(", ", StringSplitOptions.RemoveEmptyEntries);
            var values = new string[returned.Length];
            for (int k = 0; k < returned.Length; k++)
                values[k] = constants.TryGetValue(returned[k], out var v) ? v : NoFold;
            results[index] = values;
        }
        return results;
    }

    /// <summary>What our folder returns for each result of each case.</summary>
    public static string[][] OurFolds(Context context, IReadOnlyList<ArithFoldCase> cases)
    {
        var module = SourceParser.ParseSource(context, Module(cases), new ParserOptions { FileName = "cases.mlir" })
            ?? throw new InvalidOperationException("our parser rejected the cases: " + context.Diagnostics);
        var ops = new List<Operation>();
        foreach (var top in module.Operations)
            top.Walk(op =>
            {
                if (op.NumRegions == 0 && op.Name.Name is not ("func.return" or "arith.constant"))
                    ops.Add(op);
            });
        if (ops.Count != cases.Count)
            throw new InvalidOperationException($"expected {cases.Count} ops, found {ops.Count}");
        var results = new string[cases.Count][];
        var folded = new List<OpFoldResult>();
        for (int i = 0; i < ops.Count; i++)
        {
            var op = ops[i];
            var values = new string[op.NumResults];
            Array.Fill(values, NoFold);
            if (op.Fold(folded) && folded.Count == op.NumResults)
                for (int k = 0; k < folded.Count; k++)
                    values[k] = Describe(folded[k]);
            results[i] = values;
        }
        return results;
    }

    private static string Describe(OpFoldResult result)
    {
        if (result.Attribute is { } attr)
            return attr.ToString()!;
        var value = result.Value!;
        return Operation.GetConstantValue(value) is { } constant ? constant.ToString()! : "(value)";
    }

    /// <summary>Runs both and describes the cases whose results differ, at most <paramref name="limit"/>.
    /// <paramref name="unrepresentable"/> marks results mlir-opt folds to a value no attribute can hold (an APFloat
    /// infinity or NaN of f4/f6, printed as a hex zero): there we must not fold.</summary>
    public static List<string> Differences(Context context, IReadOnlyList<ArithFoldCase> cases, int limit = 30,
        Func<string, bool>? unrepresentable = null)
    {
        var expected = MlirFolds(cases);
        if (unrepresentable != null)
            foreach (var values in expected)
                for (int k = 0; k < values.Length; k++)
                    if (unrepresentable(values[k]))
                        values[k] = NoFold;
        var actual = OurFolds(context, cases);
        var diffs = new List<string>();
        for (int i = 0; i < cases.Count && diffs.Count < limit; i++)
        {
            string e = string.Join(" | ", expected[i] ?? ["(missing)"]);
            string a = string.Join(" | ", actual[i]);
            if (e != a)
                diffs.Add($"{cases[i]}: mlir-opt {e}, ours {a}");
        }
        return diffs;
    }
}
