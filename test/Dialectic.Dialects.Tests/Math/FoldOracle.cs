using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Syntax;
using Dialectic.Tests.Shared;
using Attribute = Dialectic.Core.IR.Attribute;

namespace Dialectic.Dialects.Tests.Math;

/// <summary>
/// One folding case: an op applied to constant operands. <see cref="Body"/> uses <c>%a</c>, <c>%b</c>, ... for
/// the operands and defines <c>%r</c>; the operands are typed <see cref="OperandTypes"/> and written as the
/// attributes <see cref="Operands"/> (MLIR syntax, with their type).
/// </summary>
/// <see cref="Arguments"/> are extra function arguments the body may use (<c>%x: index</c>).
public sealed record FoldCase(string Body, string[] Operands, string[] OperandTypes, string ResultType, string Arguments = "")
{
    public override string ToString() => $"{Body} with ({string.Join(", ", Operands)})";
}

/// <summary>
/// Differential folding: the same cases folded by <c>mlir-opt-22 --canonicalize</c> (operands defined by
/// <paramref name="constantOp"/> ops, e.g. <c>arith.constant</c>) and by our folders, called directly with the
/// operand attributes; the folded constants are compared as MLIR prints them.
/// </summary>
public static class FoldOracle
{
    private static readonly Regex Function = new("sym_name = \"c(\\d+)\"", RegexOptions.Compiled);
    private static readonly Regex Definition = new("%\\S+ = \"", RegexOptions.Compiled);
    private static readonly Regex Constant = new("<\\{value = (.*)\\}> : \\(\\) -> ", RegexOptions.Compiled);

    /// <summary>
    /// What mlir-opt folds each case to (the printed attribute of the one constant the function returns), or
    /// null where the op stays.
    /// </summary>
    public static string?[] MlirFolds(IReadOnlyList<FoldCase> cases, string constantOp)
    {
        var text = new StringBuilder();
        for (int i = 0; i < cases.Count; i++)
            text.Append(FunctionWithConstants(i, cases[i], constantOp));
        return ParseMlirOutput(cases.Count, text.ToString());
    }

    /// <summary>A function computing the case from <paramref name="constantOp"/> operands and returning it.</summary>
    private static string FunctionWithConstants(int i, FoldCase c, string constantOp)
    {
        var text = new StringBuilder();
        text.Append("func.func @c").Append(i).Append('(').Append(c.Arguments).Append(") -> ").Append(c.ResultType).Append(" {\n");
        for (int k = 0; k < c.Operands.Length; k++)
            text.Append("  %").Append((char)('a' + k)).Append(" = ").Append(constantOp).Append(' ').Append(ConstantBody(constantOp, c.Operands[k])).Append('\n');
        text.Append("  ").Append(c.Body).Append('\n');
        text.Append("  return %r : ").Append(c.ResultType).Append("\n}\n");
        return text.ToString();
    }

    private static string?[] ParseMlirOutput(int count, string input)
    {
        var run = ToolProcess.RunOnText("mlir-opt-22", ["--canonicalize", "--mlir-print-op-generic"], input);
        if (run.ExitCode != 0)
            throw new InvalidOperationException("mlir-opt-22 failed: " + run.Stderr);
        var results = new string?[count];
        var chunks = run.Stdout.Split("\"func.func\"");
        for (int i = 1; i < chunks.Length; i++)
        {
            var chunk = chunks[i];
            int index = int.Parse(Function.Match(chunk).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            // Folded: the function computes nothing but the constant it returns, or nothing at all when the op
            // folded to one of the function's arguments.
            int definitions = Definition.Matches(chunk).Count;
            if (definitions == 0)
                results[index] = "<value>";
            if (definitions != 1)
                continue;
            var m = Constant.Match(chunk);
            if (m.Success)
                results[index] = m.Groups[1].Value;
        }
        return results;
    }

    /// <summary>What our folder gives for each case (the attribute as printed), or null where it declines.</summary>
    public static string?[] OurFolds(Context context, IReadOnlyList<FoldCase> cases)
    {
        var text = new StringBuilder();
        for (int i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            text.Append("func.func @c").Append(i).Append('(');
            for (int k = 0; k < c.OperandTypes.Length; k++)
                text.Append(k == 0 ? "" : ", ").Append('%').Append((char)('a' + k)).Append(": ").Append(c.OperandTypes[k]);
            text.Append(") -> ").Append(c.ResultType).Append(" {\n  ").Append(c.Body).Append("\n  return %r : ")
                .Append(c.ResultType).Append("\n}\n");
        }
        var module = SourceParser.ParseSource(context, text.ToString(), new ParserOptions { FileName = "cases.mlir" })
            ?? throw new InvalidOperationException("our parser rejected the cases: " + context.Diagnostics);
        var ops = new List<Operation>();
        foreach (var top in module.Operations)
            top.Walk(op =>
            {
                if (op.NumRegions == 0 && op.Name.Name is not ("func.return" or "builtin.module"))
                    ops.Add(op);
            });
        if (ops.Count != cases.Count)
            throw new InvalidOperationException($"expected {cases.Count} ops, found {ops.Count}");
        var results = new string?[cases.Count];
        var folded = new List<OpFoldResult>();
        for (int i = 0; i < cases.Count; i++)
        {
            var constants = new Attribute?[cases[i].Operands.Length];
            for (int k = 0; k < constants.Length; k++)
                constants[k] = SourceParser.ParseAttribute(context, cases[i].Operands[k])
                    ?? throw new InvalidOperationException("bad operand " + cases[i].Operands[k]);
            folded.Clear();
            var hook = ops[i].Name.Info?.Fold;
            if (hook == null || !hook(ops[i], constants, folded) || folded.Count == 0)
                continue;
            results[i] = folded[0].Attribute?.ToString() ?? "<value>";
        }
        return results;
    }

    /// <summary>
    /// What our folder gives for each case when the operands are defined by <paramref name="constantOp"/> ops in
    /// the IR (so <see cref="Operation.Fold"/> finds them as MLIR's folder does), or null where it declines.
    /// </summary>
    public static string?[] OurFoldsInPlace(Context context, IReadOnlyList<FoldCase> cases, string constantOp)
    {
        var text = new StringBuilder();
        for (int i = 0; i < cases.Count; i++)
            text.Append(FunctionWithConstants(i, cases[i], constantOp));
        var module = SourceParser.ParseSource(context, text.ToString(), new ParserOptions { FileName = "cases.mlir" })
            ?? throw new InvalidOperationException("our parser rejected the cases: " + context.Diagnostics);
        var results = new string?[cases.Count];
        var folded = new List<OpFoldResult>();
        int index = 0;
        foreach (var top in module.Operations)
            top.Walk(op =>
            {
                if (op.Name.Name != "func.return")
                    return;
                var producer = op.GetOperand(0).DefiningOp;
                if (producer != null && producer.Fold(folded) && folded.Count == 1)
                    results[index] = folded[0].Attribute?.ToString()
                        ?? (Operation.GetConstantValue(folded[0].Value!) is { } forwarded ? forwarded.ToString() : "<value>");
                index++;
            });
        return results;
    }

    /// <summary>
    /// Differences between mlir-opt and <see cref="OurFoldsInPlace"/>, at most <paramref name="limit"/>.
    /// </summary>
    public static List<string> DifferencesInPlace(Context context, IReadOnlyList<FoldCase> cases, string constantOp, int limit = 25)
    {
        var expected = MlirFolds(cases, constantOp);
        var actual = OurFoldsInPlace(context, cases, constantOp);
        var diffs = new List<string>();
        for (int i = 0; i < cases.Count && diffs.Count < limit; i++)
            if (expected[i] != actual[i])
                diffs.Add($"{cases[i]}: mlir-opt {expected[i] ?? "(no fold)"}, ours {actual[i] ?? "(no fold)"}");
        return diffs;
    }

    /// <summary>Runs both and returns the differences, at most <paramref name="limit"/> of them, described.</summary>
    public static List<string> Differences(Context context, IReadOnlyList<FoldCase> cases, string constantOp, int limit = 25)
    {
        var expected = MlirFolds(cases, constantOp);
        var actual = OurFolds(context, cases);
        var diffs = new List<string>();
        for (int i = 0; i < cases.Count && diffs.Count < limit; i++)
            if (expected[i] != actual[i])
                diffs.Add($"{cases[i]}: mlir-opt {expected[i] ?? "(no fold)"}, ours {actual[i] ?? "(no fold)"}");
        return diffs;
    }

    private static string ConstantBody(string constantOp, string attribute)
    {
        if (constantOp != "index.constant")
            return attribute;
        // index.constant prints its value without the type.
        int colon = attribute.LastIndexOf(" : ", StringComparison.Ordinal);
        return colon < 0 ? attribute : attribute.Substring(0, colon);
    }
}
